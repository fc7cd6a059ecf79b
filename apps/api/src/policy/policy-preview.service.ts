import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CategoryCurve,
  type PolicyPreview,
  type PolicyPreviewSample,
  type PolicyQueue,
  RISK_CATEGORIES,
} from '@tenor/contracts';
import { categoryCurve, compilePolicy, queueOf, validatePolicy } from '@tenor/policy';
import { DataSource } from 'typeorm';
import { RISK_CATEGORY_FIELDS } from '../comments/comment-columns';
import { SqlParameters } from '../database/sql-parameters';
import { PolicyService } from './policy.service';
import { evaluateRow, POLICY_ROW_SELECT, type PolicyRow, policyRowOf, storedQueue } from './policy-row';

/** The newest comments a preview evaluates; a site with more gets the figures of these, and says so. */
export const PREVIEW_COMMENTS = 50_000;
const PREVIEW_CHUNK = 5_000;
const PREVIEW_SAMPLES = 20;
const EXCERPT_CHARACTERS = 160;
// Histogram bins of the precision/recall curves: one per hundredth of the score.
const CURVE_BINS = 101;

/**
 * What-if: evaluates a proposed policy on the stored comments without changing anything, and measures each
 * category's flag threshold against the moderators' past decisions.
 */
@Injectable()
export class PolicyPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async preview(input: unknown): Promise<PolicyPreview> {
    const validation = validatePolicy(input);
    if (validation.policy === null) throw new BadRequestException(validation.errors);
    const proposed = validation.policy;
    const compiled = compilePolicy(proposed);
    const active = await this.policies.current();
    const [{ total }]: { total: number | string }[] = await this.dataSource.query('SELECT COUNT(*) AS total FROM comments');
    const moves = new Map<string, number>();
    const samples: (PolicyPreviewSample & { riskScore: number })[] = [];
    let scanned = 0;
    let changedQueue = 0;
    let changedFlags = 0;
    let changedTone = 0;
    // Above every id (ids are 32-bit integers on both databases).
    let beforeId = 2 ** 31 - 1;
    while (scanned < PREVIEW_COMMENTS) {
      const rows = await this.newestBefore(beforeId, Math.min(PREVIEW_CHUNK, PREVIEW_COMMENTS - scanned));
      if (rows.length === 0) break;
      for (const { row, articleTitle, author, riskScore } of rows) {
        const outcome = evaluateRow(compiled, row);
        if (outcome.toneLabel !== row.toneLabel) changedTone++;
        if (RISK_CATEGORIES.some((category) => outcome.flags[category] !== row[RISK_CATEGORY_FIELDS[category].flag])) changedFlags++;
        if (row.statusSource !== 'policy') continue;
        const from = storedQueue(row);
        const to = queueOf(outcome);
        if (from === to) continue;
        changedQueue++;
        const key = `${from}>${to}`;
        moves.set(key, (moves.get(key) ?? 0) + 1);
        samples.push({ commentId: row.id, articleTitle, author, excerpt: excerptOf(row.body), from, to, riskScore });
      }
      scanned += rows.length;
      beforeId = rows[rows.length - 1].row.id;
    }
    const { histograms, approved, rejected } = await this.decisionHistograms();
    const curves: CategoryCurve[] = RISK_CATEGORIES.map((category) =>
      categoryCurve(category, histograms[category], active.policy.categories[category].flag, proposed.categories[category].flag),
    );
    return {
      scanned,
      total: Number(total),
      changedQueue,
      changedFlags,
      changedTone,
      moves: [...moves].map(([key, count]) => {
        const [from, to] = key.split('>') as [PolicyQueue, PolicyQueue];
        return { from, to, count };
      }),
      samples: samples
        .sort((a, b) => b.riskScore - a.riskScore || b.commentId - a.commentId)
        .slice(0, PREVIEW_SAMPLES)
        .map(({ riskScore: _riskScore, ...sample }) => sample),
      decided: { approved, rejected },
      curves,
    };
  }

  /** The newest comments below an id, newest first, with what the samples show. */
  private async newestBefore(
    beforeId: number,
    limit: number,
  ): Promise<{ row: PolicyRow; articleTitle: string; author: string; riskScore: number }[]> {
    const parameters = new SqlParameters(this.dataSource.manager);
    const raw: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${POLICY_ROW_SELECT}, a.title AS "articleTitle", c.author AS author, c.risk_score AS "riskScore"
       FROM comments c JOIN articles a ON a.id = c.article_id
       WHERE c.id < ${parameters.add(beforeId)} ORDER BY c.id DESC LIMIT ${limit}`,
      parameters.values,
    );
    return raw.map((row) => ({
      row: policyRowOf(row),
      articleTitle: String(row.articleTitle),
      author: String(row.author),
      riskScore: Number(row.riskScore),
    }));
  }

  /** Per category, the moderator-decided comments counted by score hundredth, approved and rejected apart. */
  private async decisionHistograms(): Promise<{
    histograms: Record<string, { approved: number[]; rejected: number[] }>;
    approved: number;
    rejected: number;
  }> {
    const histograms: Record<string, { approved: number[]; rejected: number[] }> = {};
    let approved = 0;
    let rejected = 0;
    for (const [index, category] of RISK_CATEGORIES.entries()) {
      const column = RISK_CATEGORY_FIELDS[category].flagColumn.replace('flag_', 'risk_');
      // Scores are stored rounded to thousandths, so the rounded thousandth is exact on both databases.
      const rows: { thousandths: number | string; status: string; count: number | string }[] = await this.dataSource.query(
        `SELECT CAST(ROUND(${column} * 1000) AS INTEGER) AS thousandths, status, COUNT(*) AS count FROM comments
         WHERE status_source = 'moderator' AND status IN ('approved', 'rejected') GROUP BY 1, 2`,
      );
      const histogram = { approved: new Array<number>(CURVE_BINS).fill(0), rejected: new Array<number>(CURVE_BINS).fill(0) };
      for (const row of rows) {
        const bin = Math.min(CURVE_BINS - 1, Math.max(0, Math.floor(Number(row.thousandths) / 10)));
        const side = row.status === 'approved' ? histogram.approved : histogram.rejected;
        side[bin] += Number(row.count);
        if (index === 0) {
          if (row.status === 'approved') approved += Number(row.count);
          else rejected += Number(row.count);
        }
      }
      histograms[category] = histogram;
    }
    return { histograms, approved, rejected };
  }
}

function excerptOf(body: string): string {
  return body.length <= EXCERPT_CHARACTERS ? body : `${body.slice(0, EXCERPT_CHARACTERS - 1)}…`;
}
