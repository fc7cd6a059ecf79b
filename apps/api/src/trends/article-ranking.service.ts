import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ArticleTrendPage, ArticleTrendRow, ArticleTrendSort } from '@tenor/contracts';
import { MILLISECONDS_PER_HOUR, hourKeyToMs, msToHourKey, startOfBerlinDay, utcHourKeyOfInstant } from '@tenor/insights';
import { DataSource } from 'typeorm';
import { SqlParameters } from '../database/sql-parameters';
import { type RollupFilter, rollupFilterSql } from './rollup-filter';

/** Hours of the "recent" window of the article ranking, and as many before it for the acceleration. */
const RECENT_HOURS = 6;

/** A ranking of the articles commented on in a range of Berlin days (`from` inclusive, `to` exclusive). */
export interface ArticleRankingQuery {
  from: string;
  to: string;
  sort: ArticleTrendSort;
  minComments: number;
  limit: number;
  section?: string;
  language?: string;
}

/** The UTC hour keys of the acceleration's two windows: previous from `previousStart`, recent from `recentStart` to `latest`. */
interface PaceWindow {
  previousStart: string;
  recentStart: string;
  latest: string;
}

/** A ranked article as the database returns it (PostgreSQL gives its sums as strings). */
interface RankedArticleRow {
  articleId: number;
  total: string | number;
  compound: string | number;
  negative: string | number;
  flagged: string | number;
  recent: string | number;
  previous: string | number;
}

/**
 * The article ranking, read from the per-article rollups and ordered and cut to a page in the database, so that
 * a range with thousands of commented articles reads back one page. The acceleration compares the comments of
 * the last RECENT_HOURS hours before the newest comment in the range with the RECENT_HOURS before those.
 */
@Injectable()
export class ArticleRankingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the ranking, with titles, sections and open alerts. */
  async rank(query: ArticleRankingQuery): Promise<ArticleTrendPage> {
    const filter: RollupFilter = { section: query.section, language: query.language };
    const window = await this.paceWindow(query.from, query.to, filter);
    const recent = window ? 'COALESCE(p.recent, 0)' : '0';
    const previous = window ? 'COALESCE(p.previous, 0)' : '0';
    const parameters = new SqlParameters(this.dataSource.manager);
    const rows: RankedArticleRow[] = await this.dataSource.query(
      `SELECT t.article_id AS "articleId", t.total AS total, t.compound AS compound, t.negative AS negative, t.flagged AS flagged,
              ${recent} AS recent, ${previous} AS previous
       FROM (SELECT r.article_id AS article_id, SUM(r.total) AS total, SUM(r.compound_sum_e4) AS compound,
                    SUM(r.negative) AS negative, SUM(r.flagged) AS flagged
             FROM comment_rollup_article_days r
             WHERE r.day >= ${parameters.add(query.from)} AND r.day < ${parameters.add(query.to)} ${rollupFilterSql(parameters, filter, true)}
             GROUP BY r.article_id HAVING SUM(r.total) >= ${parameters.add(query.minComments)}) t
       ${window ? `LEFT JOIN (${this.paceSql(parameters, window, filter)}) p ON p.article_id = t.article_id` : ''}
       ORDER BY ${rankingKeySql(query.sort, recent, previous)} DESC, t.total DESC, t.article_id
       LIMIT ${parameters.add(query.limit)}`,
      parameters.values,
    );
    const items: ArticleTrendRow[] = rows.map((row) => {
      const count = Number(row.total);
      const recentCount = Number(row.recent);
      const previousCount = Number(row.previous);
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
        recentCount,
        previousCount,
        acceleration: recentCount / Math.max(previousCount, 1),
        openAlerts: 0,
      };
    });
    await this.describeArticles(items);
    return { recentHours: RECENT_HOURS, items };
  }

  /** The hours the acceleration compares: the RECENT_HOURS up to the newest comment of the range and as many before; null without comments. */
  private async paceWindow(from: string, to: string, filter: RollupFilter): Promise<PaceWindow | null> {
    const parameters = new SqlParameters(this.dataSource.manager);
    const [latest]: { hour: string | null }[] = await this.dataSource.query(
      `SELECT MAX(r.hour) AS hour FROM comment_rollup_hours r
       WHERE r.hour >= ${parameters.add(utcHourKeyOfInstant(startOfBerlinDay(from)))} AND r.hour < ${parameters.add(utcHourKeyOfInstant(startOfBerlinDay(to)))}
         AND r.total > 0 ${rollupFilterSql(parameters, filter, false)}`,
      parameters.values,
    );
    if (!latest?.hour) return null;
    const latestMs = hourKeyToMs(latest.hour);
    return {
      previousStart: msToHourKey(latestMs - (2 * RECENT_HOURS - 1) * MILLISECONDS_PER_HOUR),
      recentStart: msToHourKey(latestMs - (RECENT_HOURS - 1) * MILLISECONDS_PER_HOUR),
      latest: latest.hour,
    };
  }

  /** A subquery of the comments per article (`article_id`) in the recent and previous hours of a pace window. */
  private paceSql(parameters: SqlParameters, window: PaceWindow, filter: RollupFilter): string {
    return `SELECT r.article_id AS article_id,
                   SUM(CASE WHEN r.hour >= ${parameters.add(window.recentStart)} THEN r.total ELSE 0 END) AS recent,
                   SUM(CASE WHEN r.hour < ${parameters.add(window.recentStart)} THEN r.total ELSE 0 END) AS previous
            FROM comment_rollup_article_hours r
            WHERE r.hour >= ${parameters.add(window.previousStart)} AND r.hour <= ${parameters.add(window.latest)}
              ${rollupFilterSql(parameters, filter, true)}
            GROUP BY r.article_id`;
  }

  /** Fills in the titles, sections, pre-moderation and open alerts of ranked articles. */
  private async describeArticles(items: ArticleTrendRow[]): Promise<void> {
    if (items.length === 0) return;
    const articleIds = items.map((item) => item.articleId);
    const articleParameters = new SqlParameters(this.dataSource.manager);
    const articles: { id: number; title: string; section: string | null; publishedAt: string | null; isPremoderated: boolean | number }[] = await this.dataSource.query(
      `SELECT a.id AS id, a.title AS title, a.section AS section, a.published_at AS "publishedAt", a.is_premoderated AS "isPremoderated"
       FROM articles a WHERE a.id IN (${articleParameters.list(articleIds)})`,
      articleParameters.values,
    );
    // One grouped pass: as a subquery per article, SQLite chose the status index and read every open alert once per article.
    const alertParameters = new SqlParameters(this.dataSource.manager);
    const alerts: { articleId: number; openAlerts: string | number }[] = await this.dataSource.query(
      `SELECT h.article_id AS "articleId", COUNT(*) AS "openAlerts" FROM hostile_alerts h
       WHERE h.status = 'open' AND h.article_id IN (${alertParameters.list(articleIds)}) GROUP BY h.article_id`,
      alertParameters.values,
    );
    const byId = new Map(articles.map((article) => [Number(article.id), article]));
    const openAlerts = new Map(alerts.map((row) => [Number(row.articleId), Number(row.openAlerts)]));
    for (const item of items) {
      const article = byId.get(item.articleId);
      if (!article) continue;
      Object.assign(item, {
        title: article.title,
        section: article.section,
        publishedAt: article.publishedAt,
        isPremoderated: Boolean(article.isPremoderated),
        openAlerts: openAlerts.get(item.articleId) ?? 0,
      });
    }
  }
}

/**
 * The ORDER BY key of a sort over the totals `t` and the pace sums `recent` and `previous`: shares and the
 * acceleration as doubles divided as the response computes them, so that the order is the one its values show.
 */
function rankingKeySql(sort: ArticleTrendSort, recent: string, previous: string): string {
  const double = (sql: string) => `CAST(${sql} AS DOUBLE PRECISION)`;
  switch (sort) {
    case 'negativeShare':
      return `${double('t.negative')} / ${double('t.total')}`;
    case 'flaggedShare':
      return `${double('t.flagged')} / ${double('t.total')}`;
    case 'volume':
      return 't.total';
    case 'acceleration':
      return `${double(recent)} / ${double(`CASE WHEN ${previous} > 1 THEN ${previous} ELSE 1 END`)}`;
  }
}
