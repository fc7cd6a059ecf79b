import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuthorHistory,
  COMMENT_STATUSES,
  type CommentContext,
  type CommentStatus,
} from '@tenor/contracts';
import { DataSource } from 'typeorm';
import { ArticlesService } from '../articles/articles.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ModerationEventEntity } from '../moderation/moderation-event.entity';
import { toAuditEventView, toEventView } from '../moderation/moderation-event-view';
import { toCommentView } from './comment-columns';
import { CommentsService } from './comments.service';

/** Comments shown before and after the one in detail. */
const NEIGHBOURS_EACH_SIDE = 3;
/** The author's latest decisions shown. */
const RECENT_AUTHOR_EVENTS = 10;

/** Everything a moderator needs beside one comment: article, audit trail, the author's record, the thread around it. */
@Injectable()
export class CommentContextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentsService,
    private readonly articles: ArticlesService,
  ) {}

  async contextOf(id: number, viewer: AuthenticatedUser): Promise<CommentContext> {
    const comment = await this.comments.findEntity(id, viewer);
    const manager = this.dataSource.manager;
    const [article, events, authorHistory, before, after] = await Promise.all([
      this.articles.findOne(comment.articleId),
      manager.find(ModerationEventEntity, { where: { commentId: id }, order: { id: 'ASC' } }),
      this.authorHistory(comment.author, viewer),
      this.comments
        .filtered({ articleId: comment.articleId }, viewer)
        .andWhere('(comment.postedAt < :postedAt OR (comment.postedAt = :postedAt AND comment.id < :id))', { postedAt: comment.postedAt, id })
        .orderBy('comment.postedAt', 'DESC')
        .addOrderBy('comment.id', 'DESC')
        .take(NEIGHBOURS_EACH_SIDE)
        .getMany(),
      this.comments
        .filtered({ articleId: comment.articleId }, viewer)
        .andWhere('(comment.postedAt > :postedAt OR (comment.postedAt = :postedAt AND comment.id > :id))', { postedAt: comment.postedAt, id })
        .orderBy('comment.postedAt', 'ASC')
        .addOrderBy('comment.id', 'ASC')
        .take(NEIGHBOURS_EACH_SIDE)
        .getMany(),
    ]);
    const title = comment.article?.title ?? '';
    return {
      comment: toCommentView(comment, title),
      article,
      events: events.map(toEventView),
      authorHistory,
      neighbours: [...before.reverse(), comment, ...after].map((neighbour) => toCommentView(neighbour, title)),
    };
  }

  private async authorHistory(author: string, viewer: AuthenticatedUser): Promise<AuthorHistory> {
    const [statusRows, series, recent] = await Promise.all([
      this.comments
        .filtered({ author }, viewer, false)
        .select('comment.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .groupBy('comment.status')
        .getRawMany<{ status: CommentStatus; count: string | number }>(),
      this.comments
        .filtered({ author }, viewer, false)
        .select('comment.postedDay', 'day')
        .addSelect('COUNT(*)', 'count')
        .addSelect('AVG(comment.toneCompound)', 'meanCompound')
        .addSelect('AVG(comment.riskScore)', 'meanRisk')
        .groupBy('comment.postedDay')
        .orderBy('comment.postedDay', 'ASC')
        .getRawMany<{ day: string; count: string | number; meanCompound: string | number; meanRisk: string | number }>(),
      this.dataSource.manager
        .createQueryBuilder(ModerationEventEntity, 'event')
        .innerJoinAndSelect('event.comment', 'comment')
        .leftJoinAndSelect('comment.article', 'article')
        .where('comment.author = :author', { author })
        .andWhere(viewer.role === 'moderator' && viewer.sections.length > 0 ? 'article.section IN (:...sections)' : '1 = 1', {
          sections: viewer.sections,
        })
        .orderBy('event.id', 'DESC')
        .take(RECENT_AUTHOR_EVENTS)
        .getMany(),
    ]);
    const statusCounts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
    for (const row of statusRows) statusCounts[row.status] = Number(row.count);
    return {
      author,
      statusCounts,
      total: Object.values(statusCounts).reduce((sum, count) => sum + count, 0),
      recentEvents: recent.map(toAuditEventView),
      series: series.map((point) => ({
        day: point.day,
        count: Number(point.count),
        meanCompound: Number(point.meanCompound),
        meanRisk: Number(point.meanRisk),
      })),
    };
  }
}

