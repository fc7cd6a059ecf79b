import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEventView, AuditPage, AuditQuery } from '@tenor/contracts';
import { DataSource } from 'typeorm';
import { rangeBound } from '../common/instants';
import { ModerationEventEntity } from './moderation-event.entity';
import { toAuditEventView } from './moderation-event-view';
import { DEFAULT_AUDIT_PAGE } from './dto/audit-query.dto';

const CSV_COLUMNS: (keyof AuditEventView)[] = [
  'id',
  'at',
  'actor',
  'action',
  'fromStatus',
  'toStatus',
  'reason',
  'note',
  'commentId',
  'commentAuthor',
  'articleId',
  'articleTitle',
];

/** A CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The audit log: every status change, newest first, filterable, as pages or CSV. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of events matching the filters (keyset on the event id). */
  async page(query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_AUDIT_PAGE;
    const builder = this.filtered(query);
    if (query.cursor) {
      const afterId = Number(Buffer.from(query.cursor, 'base64url').toString('utf8'));
      if (!Number.isInteger(afterId) || afterId < 1) throw new BadRequestException(['cursor: not a cursor of the audit log']);
      builder.andWhere('event.id < :afterId', { afterId });
    }
    const rows = await builder.take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toAuditEventView),
      nextCursor: rows.length > limit && last ? Buffer.from(String(last.id)).toString('base64url') : null,
    };
  }

  /** Every matching event as CSV lines (header first), produced page by page so the export never holds it all. */
  async *csvLines(query: AuditQuery): AsyncGenerator<string> {
    yield `${CSV_COLUMNS.join(',')}\r\n`;
    let cursor: string | undefined;
    do {
      const page = await this.page({ ...query, limit: 1000, cursor });
      for (const event of page.items) yield `${CSV_COLUMNS.map((column) => csvField(event[column])).join(',')}\r\n`;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  private filtered(query: AuditQuery) {
    const builder = this.dataSource.manager
      .createQueryBuilder(ModerationEventEntity, 'event')
      .leftJoinAndSelect('event.comment', 'comment')
      .leftJoinAndSelect('comment.article', 'article')
      .orderBy('event.id', 'DESC');
    if (query.actor) builder.andWhere('event.actor = :actor', { actor: query.actor });
    if (query.action) builder.andWhere('event.action = :action', { action: query.action });
    if (query.reason) builder.andWhere('event.reason = :reason', { reason: query.reason });
    if (query.from) builder.andWhere('event.at >= :from', { from: rangeBound(query.from) });
    if (query.to) builder.andWhere('event.at < :to', { to: rangeBound(query.to) });
    return builder;
  }
}
