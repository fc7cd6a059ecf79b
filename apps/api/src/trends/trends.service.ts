import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TonePoint } from '@tenor/contracts';
import { Repository } from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { ToneSeriesQueryDto } from './dto/tone-series-query.dto';

type ToneRow = { day: string; count: string | number; compoundSum: string | number; positive: string | number; neutral: string | number; negative: string | number; flagged: string | number };

/** Tone and volume over time. */
@Injectable()
export class TrendsService {
  constructor(@InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>) {}

  /** Mean compound, label shares and flagged count per Europe/Berlin day, days without comments left out. */
  async toneByDay(query: ToneSeriesQueryDto): Promise<TonePoint[]> {
    const builder = this.comments
      .createQueryBuilder('comment')
      .select('comment.postedDay', 'day')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(comment.toneCompound)', 'compoundSum')
      .addSelect("SUM(CASE WHEN comment.toneLabel = 'positive' THEN 1 ELSE 0 END)", 'positive')
      .addSelect("SUM(CASE WHEN comment.toneLabel = 'neutral' THEN 1 ELSE 0 END)", 'neutral')
      .addSelect("SUM(CASE WHEN comment.toneLabel = 'negative' THEN 1 ELSE 0 END)", 'negative')
      .addSelect('SUM(CASE WHEN comment.isFlagged = :isFlagged THEN 1 ELSE 0 END)', 'flagged')
      .setParameter('isFlagged', true)
      .groupBy('comment.postedDay')
      .orderBy('comment.postedDay', 'ASC');
    if (query.from) builder.andWhere('comment.postedDay >= :from', { from: query.from });
    if (query.to) builder.andWhere('comment.postedDay < :to', { to: query.to });
    if (query.articleId) builder.andWhere('comment.articleId = :articleId', { articleId: query.articleId });
    const rows: ToneRow[] = await builder.getRawMany();
    return rows.map((row) => {
      const count = Number(row.count);
      return {
        day: row.day,
        count,
        meanCompound: Number(row.compoundSum) / count,
        positiveShare: Number(row.positive) / count,
        neutralShare: Number(row.neutral) / count,
        negativeShare: Number(row.negative) / count,
        flaggedCount: Number(row.flagged),
      };
    });
  }
}
