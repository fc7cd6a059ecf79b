import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ArticleTrendDetail,
  type ArticleTrendPage,
  type CommentTrendPoint,
  type DecisionTrendPoint,
  type EvidenceTermCount,
  MAX_HOURLY_RANGE_DAYS,
  type RiskCategory,
  type TrendBucket,
  type TrendExtent,
  type TrendQuery,
  type TrendSeries,
} from '@tenor/contracts';
import {
  type CommentRollupCounts,
  type DecisionRollupCounts,
  type RollupRow,
  addDays,
  berlinDayOfInstant,
  berlinDayOfUtcHour,
  bucketRanges,
  daysBetween,
  foldCommentSeries,
  foldDecisionSeries,
  isDay,
  previousRange,
  startOfBerlinDay,
  utcHourKeyOfInstant,
} from '@tenor/insights';
import { DataSource } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import type { StoredEvidence } from '../comments/comment.entity';
import { SqlParameters } from '../database/sql-parameters';
import { AlertsService } from '../alerts/alerts.service';
import { ArticleTrendQueryDto, TrendQueryDto } from './dto/trend-query.dto';
import { ArticleRankingService } from './article-ranking.service';
import { type RollupFilter, rollupFilterSql } from './rollup-filter';
import { COMMENT_ROLLUP, DECISION_ROLLUP, type RollupFamily, type RollupGrain, rollupTable } from './rollup-tables';

/** The default range: this many days up to the newest comment. */
const DEFAULT_RANGE_DAYS = 30;
/** The longest range of any series (ten years of days). */
const MAX_RANGE_DAYS = 3660;
/** Evidence terms listed per article, and the comments read to count them. */
const TOP_TERMS = 15;
const TERM_SCAN_COMMENTS = 5000;

/** An hour key or day and the sums of a family's counters, in the family's order. */
type KeyedSums = [string, ...number[]];

/**
 * Trend series read from the rollup tables (never from the comments themselves): per bucket of Europe/Berlin
 * hours, days or weeks, with section, article and language filters.
 */
@Injectable()
export class TrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly ranking: ArticleRankingService,
  ) {}

  /** The first and last day with comments. */
  async extent(): Promise<TrendExtent> {
    const [row]: { firstDay: string | null; lastDay: string | null }[] = await this.dataSource.query(
      `SELECT MIN(day) AS "firstDay", MAX(day) AS "lastDay" FROM comment_rollup_days WHERE total > 0`,
    );
    return { firstDay: row?.firstDay ?? null, lastDay: row?.lastDay ?? null };
  }

  /** Volume, tone and flags of the comments posted per bucket. */
  async comments(dto: TrendQueryDto): Promise<TrendSeries<CommentTrendPoint>> {
    const query = await this.resolve(dto);
    const series = async (from: string, to: string) => {
      const ranges = bucketRanges(from, to, query.bucket);
      const rows = await this.readRows(COMMENT_ROLLUP, query.bucket, query.articleId !== undefined, from, to, query);
      return foldCommentSeries(rows as unknown as RollupRow<CommentRollupCounts>[], ranges, query.bucket);
    };
    return this.withPrevious(query, series);
  }

  /** Moderation decisions taken per bucket, per action. */
  async decisions(dto: TrendQueryDto): Promise<TrendSeries<DecisionTrendPoint>> {
    const query = await this.resolve(dto);
    const series = async (from: string, to: string) => {
      const ranges = bucketRanges(from, to, query.bucket);
      const rows = await this.readRows(DECISION_ROLLUP, query.bucket, query.articleId !== undefined, from, to, query);
      return foldDecisionSeries(rows as unknown as RollupRow<DecisionRollupCounts>[], ranges, query.bucket);
    };
    return this.withPrevious(query, series);
  }

  /** Articles with comments in the range, ranked (see ArticleRankingService). */
  async articles(dto: ArticleTrendQueryDto): Promise<ArticleTrendPage> {
    const { from, to } = await this.resolveRange(dto.from, dto.to, 'day');
    return this.ranking.rank({
      from,
      to,
      sort: dto.sort ?? 'negativeShare',
      minComments: dto.minComments ?? 5,
      limit: dto.limit ?? 50,
      section: dto.section,
      language: dto.language,
    });
  }

  /** An article's whole comment timeline (hourly, daily when it spans more than a month), top evidence terms and alerts. */
  async article(articleId: number): Promise<ArticleTrendDetail> {
    const article = await this.dataSource.manager.findOneBy(ArticleEntity, { id: articleId });
    if (!article) throw new NotFoundException(`article ${articleId} does not exist`);
    const spanParameters = new SqlParameters(this.dataSource.manager);
    const [span]: { first: string | null; last: string | null }[] = await this.dataSource.query(
      `SELECT MIN(hour) AS first, MAX(hour) AS last FROM comment_rollup_article_hours WHERE article_id = ${spanParameters.add(articleId)} AND total > 0`,
      spanParameters.values,
    );
    let points: CommentTrendPoint[] = [];
    let bucket: TrendBucket = 'hour';
    if (span?.first && span.last) {
      const from = berlinDayOfUtcHour(span.first);
      const to = addDays(berlinDayOfUtcHour(span.last), 1);
      bucket = daysBetween(from, to) > MAX_HOURLY_RANGE_DAYS ? 'day' : 'hour';
      const rows = await this.readRows(COMMENT_ROLLUP, bucket, true, from, to, { articleId });
      points = foldCommentSeries(rows as unknown as RollupRow<CommentRollupCounts>[], bucketRanges(from, to, bucket), bucket);
    }
    return {
      articleId,
      title: article.title,
      section: article.section,
      publishedAt: article.publishedAt,
      isPremoderated: Boolean(article.isPremoderated),
      bucket,
      points,
      topTerms: await this.topTerms(articleId),
      alerts: await this.alerts.list({ articleId, status: 'all' }),
    };
  }

  /** The query with its defaults, checked: a range of at most ten years, of at most a month for hourly buckets. */
  private async resolve(dto: TrendQueryDto): Promise<TrendQuery> {
    const bucket = dto.bucket ?? 'day';
    const { from, to } = await this.resolveRange(dto.from, dto.to, bucket);
    const query: TrendQuery = { from, to, bucket, compare: dto.compare ?? false };
    if (dto.section !== undefined) query.section = dto.section;
    if (dto.articleId !== undefined) query.articleId = dto.articleId;
    if (dto.language !== undefined) query.language = dto.language;
    return query;
  }

  private async resolveRange(from: string | undefined, to: string | undefined, bucket: TrendBucket): Promise<{ from: string; to: string }> {
    if (from !== undefined && !isDay(from)) throw new BadRequestException([`from: ${from} is not a calendar day`]);
    if (to !== undefined && !isDay(to)) throw new BadRequestException([`to: ${to} is not a calendar day`]);
    const end = to ?? addDays((await this.extent()).lastDay ?? berlinDayOfInstant(new Date().toISOString()), 1);
    const start = from ?? addDays(end, -DEFAULT_RANGE_DAYS);
    const days = daysBetween(start, end);
    if (days <= 0) throw new BadRequestException([`to: must be after from (${start})`]);
    if (days > MAX_RANGE_DAYS) throw new BadRequestException([`from: a range spans at most ${MAX_RANGE_DAYS} days`]);
    if (bucket === 'hour' && days > MAX_HOURLY_RANGE_DAYS) {
      throw new BadRequestException([`bucket: an hourly series spans at most ${MAX_HOURLY_RANGE_DAYS} days; choose day or week`]);
    }
    return { from: start, to: end };
  }

  private async withPrevious<Point>(query: TrendQuery, series: (from: string, to: string) => Promise<Point[]>): Promise<TrendSeries<Point>> {
    const points = await series(query.from, query.to);
    if (!query.compare) return { query, points, previous: null };
    const before = previousRange(query.from, query.to);
    return { query, points, previous: await series(before.from, before.to) };
  }

  /**
   * Sums of a family's counters per hour key or day in [from, to) (Berlin days), from the table that answers
   * the query with the fewest rows: per article when one is asked for, by hour only for hourly buckets.
   */
  private async readRows(
    family: RollupFamily,
    bucket: TrendBucket,
    isPerArticle: boolean,
    from: string,
    to: string,
    filter: RollupFilter,
  ): Promise<RollupRow<Record<string, number>>[]> {
    const isHourly = bucket === 'hour';
    const grain: RollupGrain = `${isPerArticle ? 'article_' : ''}${isHourly ? 'hours' : 'days'}`;
    const key = isHourly ? 'hour' : 'day';
    const parameters = new SqlParameters(this.dataSource.manager);
    const lower = isHourly ? utcHourKeyOfInstant(startOfBerlinDay(from)) : from;
    const upper = isHourly ? utcHourKeyOfInstant(startOfBerlinDay(to)) : to;
    const sums = family.measures.map(({ column }) => `SUM(r.${column}) AS ${column}`).join(', ');
    // One JSON array per query rather than a row per key: node-sqlite3 builds an object with a property per column
    // for every row, which for a month of hours took longer than the query.
    const values = ['key', ...family.measures.map(({ column }) => column)].map((column) => `g.${column}`).join(', ');
    const isPostgres = this.dataSource.options.type === 'postgres';
    const [result]: { series: string | KeyedSums[] | null }[] = await this.dataSource.query(
      `SELECT ${isPostgres ? `json_agg(json_build_array(${values}))` : `json_group_array(json_array(${values}))`} AS series
       FROM (SELECT r.${key} AS key, ${sums}
             FROM ${rollupTable(family, grain)} r
             WHERE r.${key} >= ${parameters.add(lower)} AND r.${key} < ${parameters.add(upper)}
               ${rollupFilterSql(parameters, filter, isPerArticle)}
             GROUP BY r.${key}) g`,
      parameters.values,
    );
    // PostgreSQL hands back json parsed, and null for no rows; SQLite the text of an array.
    const rows: KeyedSums[] = typeof result?.series === 'string' ? JSON.parse(result.series) : (result?.series ?? []);
    return rows.map(([rowKey, ...counters]) => {
      const counts: Record<string, number> = {};
      family.measures.forEach(({ field }, index) => (counts[field] = counters[index]));
      return { key: rowKey, counts };
    });
  }

  /** The evidence terms found most often in an article's (latest TERM_SCAN_COMMENTS) comments, per category. */
  private async topTerms(articleId: number): Promise<EvidenceTermCount[]> {
    const parameters = new SqlParameters(this.dataSource.manager);
    const rows: { evidence: string }[] = await this.dataSource.query(
      `SELECT evidence FROM comments WHERE article_id = ${parameters.add(articleId)} AND evidence <> '{}' ORDER BY id DESC LIMIT ${TERM_SCAN_COMMENTS}`,
      parameters.values,
    );
    const counts = new Map<string, EvidenceTermCount>();
    for (const row of rows) {
      const evidence = JSON.parse(row.evidence) as StoredEvidence;
      for (const [category, spans] of Object.entries(evidence) as [RiskCategory, { text: string }[]][]) {
        // A term counts once per comment and category.
        for (const term of new Set(spans.map((span) => span.text.toLocaleLowerCase('de-DE').trim()))) {
          if (term === '') continue;
          const id = `${category}\u0000${term}`;
          const entry = counts.get(id) ?? { term, category, count: 0 };
          entry.count += 1;
          counts.set(id, entry);
        }
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, TOP_TERMS);
  }
}
