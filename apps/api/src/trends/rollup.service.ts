import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationAction } from '@tenor/contracts';
import { countsOfComment } from '@tenor/insights';
import { DataSource, EntityManager } from 'typeorm';
import { berlinDay, nowInstant } from '../common/instants';
import type { CommentEntity } from '../comments/comment.entity';
import { inTransaction } from '../database/in-transaction';
import { SqlParameters } from '../database/sql-parameters';
import { SettingEntity } from '../settings/setting.entity';
import {
  COMMENT_ROLLUP,
  DECISION_ROLLUP,
  ROLLUP_GRAINS,
  type RollupFamily,
  type RollupGrain,
  type RollupPlace,
  rollupKey,
  rollupKeyColumns,
  rollupTable,
} from './rollup-tables';

/** The columns of a comment that decide where and how it counts. */
export type RollupComment = Pick<
  CommentEntity,
  | 'articleId'
  | 'postedAt'
  | 'postedDay'
  | 'language'
  | 'toneCompound'
  | 'toneLabel'
  | 'isFlagged'
  | 'flagInsult'
  | 'flagProfanity'
  | 'flagThreat'
  | 'flagHate'
  | 'flagSpam'
  | 'flagPersonalData'
>;

/** The comment columns RollupComment needs, for a `select` that will be passed back here. */
export const ROLLUP_COMMENT_COLUMNS = {
  articleId: true,
  postedAt: true,
  postedDay: true,
  language: true,
  toneCompound: true,
  toneLabel: true,
  isFlagged: true,
  flagInsult: true,
  flagProfanity: true,
  flagThreat: true,
  flagHate: true,
  flagSpam: true,
  flagPersonalData: true,
} as const;

/** A written audit event, as far as the decision rollups need it. */
export interface RollupDecision {
  commentId: number;
  at: string;
  action: ModerationAction;
}

/** Every rollup table's rows, zero rows left out: table → key joined by NUL → counters in the family's order. */
export type RollupSnapshot = Map<string, Map<string, number[]>>;

const MARKER_KEY = 'rollups';
const MARKER_VALUE = JSON.stringify({ version: 1 });
// Bound parameters per upsert statement, under SQLite's historical limit of 999.
const MAX_PARAMETERS = 900;
// Ids per `IN (…)` list.
const ID_CHUNK = 500;
// Article sections never change, so they are cached; cleared whole when it grows past this.
const SECTION_CACHE_LIMIT = 50_000;

/**
 * Keeps the trend rollups exact: every write that adds, re-scores or removes a comment, and every decision,
 * applies its counts here inside the writer's transaction. The rollups can also be recomputed from the raw rows,
 * which the first start after the upgrade does and the tests compare against.
 */
@Injectable()
export class RollupService implements OnApplicationBootstrap {
  private readonly sections = new Map<number, string | null>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureBuilt();
  }

  /** Adds comments' counts (sign 1) or takes them away (sign −1), in the caller's transaction. */
  async applyComments(manager: EntityManager, changes: { comment: RollupComment; sign: 1 | -1 }[]): Promise<void> {
    if (changes.length === 0) return;
    const sections = await this.sectionsOf(manager, changes.map(({ comment }) => comment.articleId));
    const deltas = new RollupDeltas(COMMENT_ROLLUP);
    for (const { comment, sign } of changes) {
      deltas.add(commentPlace(comment, sections.get(comment.articleId) ?? null), commentCounts(comment), sign);
    }
    await deltas.write(manager);
  }

  /** Counts audit events just written, in the caller's transaction. */
  async applyDecisions(manager: EntityManager, decisions: RollupDecision[]): Promise<void> {
    await this.countDecisions(manager, decisions, 1);
  }

  /** Takes away the counts of audit events about to be deleted (their comments still stored), in the caller's transaction. */
  async removeDecisions(manager: EntityManager, decisions: RollupDecision[]): Promise<void> {
    await this.countDecisions(manager, decisions, -1);
  }

  private async countDecisions(manager: EntityManager, decisions: RollupDecision[], sign: 1 | -1): Promise<void> {
    if (decisions.length === 0) return;
    const places = new Map<number, { articleId: number; language: string; section: string | null }>();
    for (let start = 0; start < decisions.length; start += ID_CHUNK) {
      const parameters = new SqlParameters(manager);
      const ids = parameters.list(decisions.slice(start, start + ID_CHUNK).map((decision) => decision.commentId));
      const rows: { id: number; articleId: number; language: string; section: string | null }[] = await manager.query(
        `SELECT c.id AS id, c.article_id AS "articleId", c.language AS language, a.section AS section
         FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id IN (${ids})`,
        parameters.values,
      );
      for (const row of rows) places.set(Number(row.id), { articleId: Number(row.articleId), language: row.language, section: row.section });
    }
    const deltas = new RollupDeltas(DECISION_ROLLUP);
    for (const decision of decisions) {
      const place = places.get(decision.commentId);
      if (!place) continue;
      const hour = decision.at.slice(0, 13);
      deltas.add({ ...place, hour, day: berlinDay(decision.at) }, { [decision.action]: 1 }, sign);
    }
    await deltas.write(manager);
  }

  /** The rollups as the raw comments and audit events say they should be. */
  async recompute(manager: EntityManager = this.dataSource.manager): Promise<RollupSnapshot> {
    const comments = new RollupDeltas(COMMENT_ROLLUP);
    const flagSum = (column: string) => `SUM(CASE WHEN c.${column} THEN 1 ELSE 0 END)`;
    const labelSum = (label: string) => `SUM(CASE WHEN c.tone_label = '${label}' THEN 1 ELSE 0 END)`;
    const commentRows: Record<string, string | number | null>[] = await manager.query(
      `SELECT c.article_id AS article_id, a.section AS section, c.language AS language, substr(c.posted_at, 1, 13) AS hour,
              c.posted_day AS day, COUNT(*) AS total, SUM(CAST(ROUND(c.tone_compound * 10000) AS INTEGER)) AS compound_sum_e4,
              ${labelSum('positive')} AS positive, ${labelSum('neutral')} AS neutral, ${labelSum('negative')} AS negative,
              ${flagSum('is_flagged')} AS flagged, ${flagSum('flag_insult')} AS insult, ${flagSum('flag_profanity')} AS profanity,
              ${flagSum('flag_threat')} AS threat, ${flagSum('flag_hate')} AS hate, ${flagSum('flag_spam')} AS spam,
              ${flagSum('flag_personal_data')} AS personal_data
       FROM comments c JOIN articles a ON a.id = c.article_id
       GROUP BY c.article_id, a.section, c.language, substr(c.posted_at, 1, 13), c.posted_day`,
    );
    for (const row of commentRows) {
      const counts = Object.fromEntries(COMMENT_ROLLUP.measures.map(({ field, column }) => [field, Number(row[column])]));
      comments.add(rawPlace(row, String(row.hour), String(row.day)), counts, 1);
    }
    const decisions = new RollupDeltas(DECISION_ROLLUP);
    const decisionRows: Record<string, string | number | null>[] = await manager.query(
      `SELECT c.article_id AS article_id, a.section AS section, c.language AS language, substr(e.at, 1, 13) AS hour,
              e.action AS action, COUNT(*) AS total
       FROM moderation_events e JOIN comments c ON c.id = e.comment_id JOIN articles a ON a.id = c.article_id
       GROUP BY c.article_id, a.section, c.language, substr(e.at, 1, 13), e.action`,
    );
    for (const row of decisionRows) {
      const hour = String(row.hour);
      decisions.add(rawPlace(row, hour, berlinDay(`${hour}:00:00.000Z`)), { [String(row.action)]: Number(row.total) }, 1);
    }
    return new Map([...comments.snapshot(), ...decisions.snapshot()]);
  }

  /** The stored rollups, zero rows left out. */
  async stored(manager: EntityManager = this.dataSource.manager): Promise<RollupSnapshot> {
    const snapshot: RollupSnapshot = new Map();
    for (const family of [COMMENT_ROLLUP, DECISION_ROLLUP]) {
      for (const grain of ROLLUP_GRAINS) {
        const keys = rollupKeyColumns(grain);
        const rows: Record<string, string | number>[] = await manager.query(`SELECT * FROM ${rollupTable(family, grain)}`);
        const table = new Map<string, number[]>();
        for (const row of rows) {
          const values = family.measures.map(({ column }) => Number(row[column]));
          if (values.some((value) => value !== 0)) table.set(keys.map((key) => String(row[key])).join('\u0000'), values);
        }
        snapshot.set(rollupTable(family, grain), table);
      }
    }
    return snapshot;
  }

  /** Replaces every rollup row by the recomputed ones, in the caller's transaction. */
  async rebuild(manager: EntityManager): Promise<void> {
    for (const family of [COMMENT_ROLLUP, DECISION_ROLLUP]) {
      for (const grain of ROLLUP_GRAINS) await manager.query(`DELETE FROM ${rollupTable(family, grain)}`);
    }
    const snapshot = await this.recompute(manager);
    for (const family of [COMMENT_ROLLUP, DECISION_ROLLUP]) {
      for (const grain of ROLLUP_GRAINS) {
        const table = snapshot.get(rollupTable(family, grain)) ?? new Map<string, number[]>();
        await upsertRows(
          manager,
          family,
          grain,
          [...table].map(([key, values]) => ({ key: key.split('\u0000'), values })),
        );
      }
    }
  }

  /** Fills the rollups from the raw rows once, the first time this version of Tenor starts on a database. */
  private async ensureBuilt(): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      if (manager.connection.options.type === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(7317001)');
      if (await manager.findOneBy(SettingEntity, { key: MARKER_KEY })) return;
      await this.rebuild(manager);
      await manager.insert(SettingEntity, { key: MARKER_KEY, value: MARKER_VALUE, updatedAt: nowInstant() });
    });
  }

  private async sectionsOf(manager: EntityManager, articleIds: number[]): Promise<Map<number, string | null>> {
    const missing = [...new Set(articleIds)].filter((id) => !this.sections.has(id));
    if (this.sections.size + missing.length > SECTION_CACHE_LIMIT) this.sections.clear();
    for (let start = 0; start < missing.length; start += ID_CHUNK) {
      const parameters = new SqlParameters(manager);
      const ids = parameters.list(missing.slice(start, start + ID_CHUNK));
      const rows: { id: number; section: string | null }[] = await manager.query(`SELECT id, section FROM articles WHERE id IN (${ids})`, parameters.values);
      for (const row of rows) this.sections.set(Number(row.id), row.section);
    }
    return this.sections;
  }
}

/** Where a stored comment counts. */
function commentPlace(comment: RollupComment, section: string | null): RollupPlace {
  return { articleId: comment.articleId, section, language: comment.language, hour: comment.postedAt.slice(0, 13), day: comment.postedDay };
}

/** What a stored comment adds to each counter. */
function commentCounts(comment: RollupComment): Record<string, number> {
  return countsOfComment({
    compound: comment.toneCompound,
    label: comment.toneLabel,
    isFlagged: Boolean(comment.isFlagged),
    flags: {
      insult: Boolean(comment.flagInsult),
      profanity: Boolean(comment.flagProfanity),
      threat: Boolean(comment.flagThreat),
      hate: Boolean(comment.flagHate),
      spam: Boolean(comment.flagSpam),
      personalData: Boolean(comment.flagPersonalData),
    },
  }) as unknown as Record<string, number>;
}

function rawPlace(row: Record<string, string | number | null>, hour: string, day: string): RollupPlace {
  return { articleId: Number(row.article_id), section: row.section === null ? null : String(row.section), language: String(row.language), hour, day };
}

/** Counter changes summed per rollup row, for every grain at once. */
class RollupDeltas {
  private readonly grains = new Map<RollupGrain, Map<string, { key: (string | number)[]; values: number[] }>>(
    ROLLUP_GRAINS.map((grain) => [grain, new Map()]),
  );

  constructor(private readonly family: RollupFamily) {}

  add(place: RollupPlace, counts: Record<string, number>, sign: number): void {
    for (const grain of ROLLUP_GRAINS) {
      const key = rollupKey(place, grain);
      const id = key.join('\u0000');
      const rows = this.grains.get(grain) as Map<string, { key: (string | number)[]; values: number[] }>;
      let row = rows.get(id);
      if (!row) rows.set(id, (row = { key, values: this.family.measures.map(() => 0) }));
      this.family.measures.forEach(({ field }, index) => ((row as { values: number[] }).values[index] += sign * (counts[field] ?? 0)));
    }
  }

  snapshot(): RollupSnapshot {
    return new Map(
      [...this.grains].map(([grain, rows]) => [
        rollupTable(this.family, grain),
        new Map([...rows].filter(([, row]) => row.values.some((value) => value !== 0)).map(([id, row]) => [id, row.values])),
      ]),
    );
  }

  async write(manager: EntityManager): Promise<void> {
    for (const [grain, rows] of this.grains) {
      await upsertRows(manager, this.family, grain, [...rows.values()].filter((row) => row.values.some((value) => value !== 0)));
    }
  }
}

/** Adds rows' counters to a rollup table, creating missing rows: one multi-row upsert per chunk. */
async function upsertRows(manager: EntityManager, family: RollupFamily, grain: RollupGrain, rows: { key: (string | number)[]; values: number[] }[]): Promise<void> {
  const table = rollupTable(family, grain);
  const keys = rollupKeyColumns(grain);
  const measures = family.measures.map(({ column }) => column);
  const width = keys.length + measures.length;
  const rowsPerStatement = Math.floor(MAX_PARAMETERS / width);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const parameters = new SqlParameters(manager);
    const values = rows.slice(start, start + rowsPerStatement).map((row) => `(${parameters.list([...row.key, ...row.values])})`);
    await manager.query(
      `INSERT INTO ${table} (${[...keys, ...measures].join(', ')}) VALUES ${values.join(', ')}
       ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${measures.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ')}`,
      parameters.values,
    );
  }
}
