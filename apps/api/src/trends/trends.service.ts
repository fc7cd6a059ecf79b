import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ArticleTrendDetail,
  type ArticleTrendPage,
  type ArticleTrendRow,
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
  hourKeyToMs,
  isDay,
  msToHourKey,
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
import { COMMENT_ROLLUP, DECISION_ROLLUP, type RollupFamily, type RollupGrain, rollupTable } from './rollup-tables';

/** The default range: this many days up to the newest comment. */
const DEFAULT_RANGE_DAYS = 30;
/** The longest range of any series (ten years of days). */
const MAX_RANGE_DAYS = 3660;
/** Hours of the "recent" window of the article ranking, and as many before it for the acceleration. */
const RECENT_HOURS = 6;
/** Evidence terms listed per article, and the comments read to count them. */
const TOP_TERMS = 15;
const TERM_SCAN_COMMENTS = 5000;

/** The filters a rollup read applies. */
interface RollupFilter {
  articleId?: number;
  section?: string;
  language?: string;
}

/**
 * Trend series read from the rollup tables (never from the comments themselves): per bucket of Europe/Berlin
 * hours, days or weeks, with section, article and language filters.
 */
@Injectable()
export class TrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
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

  /**
   * Articles with comments in the range, ranked. The acceleration compares the comments of the last
   * RECENT_HOURS hours before the newest comment in the range with the RECENT_HOURS before those.
   */
  async articles(dto: ArticleTrendQueryDto): Promise<ArticleTrendPage> {
    const { from, to } = await this.resolveRange(dto.from, dto.to, 'day');
    const minComments = dto.minComments ?? 5;
    const totals = new SqlParameters(this.dataSource.manager);
    const rows: { articleId: number; total: string | number; compound: string | number; negative: string | number; flagged: string | number }[] =
      await this.dataSource.query(
        `SELECT r.article_id AS "articleId", SUM(r.total) AS total, SUM(r.compound_sum_e4) AS compound,
                SUM(r.negative) AS negative, SUM(r.flagged) AS flagged
         FROM comment_rollup_article_days r
         WHERE r.day >= ${totals.add(from)} AND r.day < ${totals.add(to)}
           ${this.filterSql(totals, { section: dto.section, language: dto.language }, true)}
         GROUP BY r.article_id HAVING SUM(r.total) >= ${totals.add(minComments)}`,
        totals.values,
      );
    const pace = await this.recentPace(from, to, dto);
    const ranked: ArticleTrendRow[] = rows.map((row) => {
      const count = Number(row.total);
      const { recent, previous } = pace.get(Number(row.articleId)) ?? { recent: 0, previous: 0 };
      return {
        articleId: Number(row.articleId),
        title: '',
        section: null,
        publishedAt: null,
        isPremoderated: false,
        count,
        meanCompound: Number(row.compound) / 10_000 / count,
        negativeShare: Number(row.negative) / count,
        flaggedShare: Number(row.flagged) / count,
        recentCount: recent,
        previousCount: previous,
        acceleration: recent / Math.max(previous, 1),
        openAlerts: 0,
      };
    });
    const key: Record<NonNullable<ArticleTrendQueryDto['sort']>, (row: ArticleTrendRow) => number> = {
      negativeShare: (row) => row.negativeShare,
      flaggedShare: (row) => row.flaggedShare,
      volume: (row) => row.count,
      acceleration: (row) => row.acceleration,
    };
    const sortKey = key[dto.sort ?? 'negativeShare'];
    ranked.sort((a, b) => sortKey(b) - sortKey(a) || b.count - a.count || a.articleId - b.articleId);
    const items = ranked.slice(0, dto.limit ?? 50);
    await this.describeArticles(items);
    return { recentHours: RECENT_HOURS, items };
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
    const rows: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT r.${key} AS key, ${family.measures.map(({ column }) => `SUM(r.${column}) AS ${column}`).join(', ')}
       FROM ${rollupTable(family, grain)} r
       WHERE r.${key} >= ${parameters.add(lower)} AND r.${key} < ${parameters.add(upper)}
         ${this.filterSql(parameters, filter, isPerArticle)}
       GROUP BY r.${key}`,
      parameters.values,
    );
    return rows.map((row) => ({
      key: String(row.key),
      counts: Object.fromEntries(family.measures.map(({ field, column }) => [field, Number(row[column])])),
    }));
  }

  /** The AND conditions of a filter on a rollup table aliased `r`. */
  private filterSql(parameters: SqlParameters, filter: RollupFilter, isPerArticle: boolean): string {
    const conditions: string[] = [];
    if (filter.articleId !== undefined) conditions.push(`r.article_id = ${parameters.add(filter.articleId)}`);
    if (filter.section !== undefined) {
      conditions.push(
        isPerArticle
          ? `r.article_id IN (SELECT id FROM articles WHERE section = ${parameters.add(filter.section)})`
          : `r.section = ${parameters.add(filter.section)}`,
      );
    }
    if (filter.language !== undefined) conditions.push(`r.language = ${parameters.add(filter.language)}`);
    return conditions.map((condition) => `AND ${condition}`).join(' ');
  }

  /** Comments per article in the RECENT_HOURS before the newest comment of the range, and in the hours before those. */
  private async recentPace(from: string, to: string, filter: RollupFilter): Promise<Map<number, { recent: number; previous: number }>> {
    const newest = new SqlParameters(this.dataSource.manager);
    const [latest]: { hour: string | null }[] = await this.dataSource.query(
      `SELECT MAX(r.hour) AS hour FROM comment_rollup_hours r
       WHERE r.hour >= ${newest.add(utcHourKeyOfInstant(startOfBerlinDay(from)))} AND r.hour < ${newest.add(utcHourKeyOfInstant(startOfBerlinDay(to)))}
         AND r.total > 0 ${this.filterSql(newest, filter, false)}`,
      newest.values,
    );
    const pace = new Map<number, { recent: number; previous: number }>();
    if (!latest?.hour) return pace;
    const latestMs = hourKeyToMs(latest.hour);
    const recentStart = msToHourKey(latestMs - (RECENT_HOURS - 1) * 3_600_000);
    const previousStart = msToHourKey(latestMs - (2 * RECENT_HOURS - 1) * 3_600_000);
    const parameters = new SqlParameters(this.dataSource.manager);
    const rows: { articleId: number; recent: string | number; previous: string | number }[] = await this.dataSource.query(
      `SELECT r.article_id AS "articleId",
              SUM(CASE WHEN r.hour >= ${parameters.add(recentStart)} THEN r.total ELSE 0 END) AS recent,
              SUM(CASE WHEN r.hour < ${parameters.add(recentStart)} THEN r.total ELSE 0 END) AS previous
       FROM comment_rollup_article_hours r
       WHERE r.hour >= ${parameters.add(previousStart)} AND r.hour <= ${parameters.add(latest.hour)}
         ${this.filterSql(parameters, filter, true)}
       GROUP BY r.article_id`,
      parameters.values,
    );
    for (const row of rows) pace.set(Number(row.articleId), { recent: Number(row.recent), previous: Number(row.previous) });
    return pace;
  }

  /** Fills in the titles, sections, pre-moderation and open alerts of ranked articles. */
  private async describeArticles(items: ArticleTrendRow[]): Promise<void> {
    if (items.length === 0) return;
    const parameters = new SqlParameters(this.dataSource.manager);
    const ids = parameters.list(items.map((item) => item.articleId));
    const articles: { id: number; title: string; section: string | null; publishedAt: string | null; isPremoderated: boolean | number; openAlerts: string | number }[] =
      await this.dataSource.query(
        `SELECT a.id AS id, a.title AS title, a.section AS section, a.published_at AS "publishedAt", a.is_premoderated AS "isPremoderated",
                (SELECT COUNT(*) FROM hostile_alerts h WHERE h.article_id = a.id AND h.status = 'open') AS "openAlerts"
         FROM articles a WHERE a.id IN (${ids})`,
        parameters.values,
      );
    const byId = new Map(articles.map((article) => [Number(article.id), article]));
    for (const item of items) {
      const article = byId.get(item.articleId);
      if (!article) continue;
      Object.assign(item, {
        title: article.title,
        section: article.section,
        publishedAt: article.publishedAt,
        isPremoderated: Boolean(article.isPremoderated),
        openAlerts: Number(article.openAlerts),
      });
    }
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
