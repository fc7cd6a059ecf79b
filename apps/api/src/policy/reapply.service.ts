import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ReapplyJobView, RISK_CATEGORIES } from '@tenor/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { nowInstant } from '../common/instants';
import { CommentEntity } from '../comments/comment.entity';
import { RISK_CATEGORY_FIELDS, scoreColumns, scoredText } from '../comments/comment-columns';
import { type UpdateColumn, updateRows } from '../database/update-rows';
import { inTransaction } from '../database/in-transaction';
import { SqlParameters } from '../database/sql-parameters';
import { ModelActivations } from '../model/model-activations';
import { ScoringPool } from '../scoring/scoring-pool';
import { type RollupComment, RollupService } from '../trends/rollup.service';
import { type ActivePolicy, type PolicyStatusChange, PolicyService } from './policy.service';
import {
  evaluateRow,
  POLICY_ROW_SELECT,
  type PolicyColumns,
  policyColumns,
  policyColumnsDiffer,
  type PolicyRow,
  policyRowOf,
  policyStatus,
  policyStatusChange,
  rejectionOf,
} from './policy-row';
import { ReapplyJobEntity, type ReapplyKind } from './reapply-job.entity';

/** The policy columns of a comment, in the order a bulk update binds them. */
const POLICY_UPDATE_COLUMNS: (UpdateColumn & { value: (columns: PolicyColumns) => unknown })[] = [
  { name: 'tone_label', pgType: 'varchar', value: (columns) => columns.toneLabel },
  ...RISK_CATEGORIES.map((category) => {
    const { flag, flagColumn } = RISK_CATEGORY_FIELDS[category];
    return { name: flagColumn, pgType: 'boolean' as const, value: (columns: PolicyColumns) => columns[flag] };
  }),
  { name: 'is_flagged', pgType: 'boolean', value: (columns) => columns.isFlagged },
  { name: 'is_held', pgType: 'boolean', value: (columns) => columns.isHeld },
  { name: 'evidence', pgType: 'text', value: (columns) => JSON.stringify(columns.evidence) },
  { name: 'policy_version', pgType: 'integer', value: (columns) => columns.policyVersion },
];
/** Then the status, the comment's version and its update instant. */
const STATUS_UPDATE_COLUMNS: UpdateColumn[] = [
  { name: 'status', pgType: 'varchar' },
  { name: 'version', pgType: 'integer' },
  { name: 'updated_at', pgType: 'varchar' },
];

/** Comments per batch: each batch is one transaction that also moves the run's checkpoint. */
export const REAPPLY_BATCH_COMMENTS = 5_000;
// Serialises re-apply batches across API instances sharing one PostgreSQL database.
const REAPPLY_LOCK = 7317002;

/**
 * Re-evaluates every stored comment after a policy save (kind `policy`: flags, tone label, hold and the policy's own
 * status from the stored scores and text) or a model change (kind `rescore`: scored again first), in the background.
 * It walks the comments in id order in batches; each batch is one transaction that updates its comments, their
 * rollups and audit events, and the run's checkpoint together, so a crash leaves no comment half-updated and a
 * restart continues after the last committed batch. A newer run supersedes an older one, which stops at its next
 * batch. Comments arriving meanwhile are evaluated under the new version on arrival.
 */
@Injectable()
export class ReapplyService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReapplyService.name);
  private running: Promise<void> | null = null;
  private isStopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
    private readonly rollups: RollupService,
    private readonly scoring: ScoringPool,
    private readonly modelActivations: ModelActivations,
  ) {}

  /** An accepted or rolled-back model re-scores every comment. */
  onModuleInit(): void {
    this.modelActivations.onActivated(async (modelVersion) => {
      await this.startRescore(modelVersion);
    });
  }

  /** Resumes a run a previous process left unfinished. */
  onApplicationBootstrap(): void {
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.isStopping = true;
    await this.running;
  }

  /** Starts a run over every comment under the active policy (and model), superseding any unfinished one. */
  async start(kind: ReapplyKind, modelVersion: number): Promise<ReapplyJobView> {
    const job = await inTransaction(this.dataSource, async (manager) => {
      await lockRuns(manager);
      const policy = await this.policies.current(manager);
      // A run that re-scores must still happen when a policy save supersedes it: the new run re-scores too.
      const isRescoring = (await manager.countBy(ReapplyJobEntity, { state: 'running', kind: 'rescore' })) > 0;
      await manager.update(ReapplyJobEntity, { state: 'running' }, { state: 'superseded', finishedAt: nowInstant() });
      const [{ total }]: { total: number | string }[] = await manager.query('SELECT COUNT(*) AS total FROM comments');
      const entity = manager.create(ReapplyJobEntity, {
        kind: isRescoring ? 'rescore' : kind,
        policyVersion: policy.version,
        modelVersion,
        state: 'running',
        total: Number(total),
        processed: 0,
        changed: 0,
        lastCommentId: 0,
        startedAt: nowInstant(),
        finishedAt: null,
        error: null,
      });
      return manager.save(entity);
    });
    this.kick();
    return jobView(job);
  }

  /** Re-scores every comment with the model now active, then re-evaluates it. */
  startRescore(modelVersion: number): Promise<ReapplyJobView> {
    return this.start('rescore', modelVersion);
  }

  /** The newest run, or null before the first save. */
  async latest(): Promise<ReapplyJobView | null> {
    const [job] = await this.dataSource.manager.find(ReapplyJobEntity, { order: { id: 'DESC' }, take: 1 });
    return job ? jobView(job) : null;
  }

  /** Resolves when no run is in progress in this process (for tests and the benchmark). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs unfinished jobs one after another, unless this process is doing so already. */
  private kick(): void {
    if (this.running || this.isStopping) return;
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`re-apply stopped: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }

  private async drain(): Promise<void> {
    while (!this.isStopping) {
      const [job] = await this.dataSource.manager.find(ReapplyJobEntity, { where: { state: 'running' }, order: { id: 'DESC' }, take: 1 });
      if (!job) return;
      try {
        while (!this.isStopping && (await this.runBatch(job.id))) {
          // one committed batch at a time
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.dataSource.manager.update(ReapplyJobEntity, { id: job.id, state: 'running' }, { state: 'failed', error: message, finishedAt: nowInstant() });
        throw error;
      }
    }
  }

  /** One batch in one transaction; false when the run is finished, superseded or gone. */
  private async runBatch(jobId: number): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      await lockRuns(manager);
      const job = await manager.findOneBy(ReapplyJobEntity, { id: jobId });
      if (!job || job.state !== 'running') return false;
      const policy = await this.policies.current(manager);
      if (policy.version !== job.policyVersion && job.kind === 'policy') {
        // A newer version was saved; its own run covers every comment.
        await manager.update(ReapplyJobEntity, { id: job.id }, { state: 'superseded', finishedAt: nowInstant() });
        return false;
      }
      const select = new SqlParameters(manager);
      const lock = manager.connection.options.type === 'postgres' ? ' FOR UPDATE OF c' : '';
      const raw: Record<string, unknown>[] = await manager.query(
        `SELECT ${POLICY_ROW_SELECT} FROM comments c JOIN articles a ON a.id = c.article_id
         WHERE c.id > ${select.add(job.lastCommentId)} ORDER BY c.id LIMIT ${REAPPLY_BATCH_COMMENTS}${lock}`,
        select.values,
      );
      if (raw.length === 0) {
        await manager.update(ReapplyJobEntity, { id: job.id }, { state: 'done', finishedAt: nowInstant() });
        return false;
      }
      const rows = raw.map(policyRowOf);
      const changed = await this.applyToRows(manager, rows, policy, job.kind, job.modelVersion);
      const lastCommentId = rows[rows.length - 1].id;
      // The unchanged comments of the batch take the version too (the changed ones have it already).
      const stamp = new SqlParameters(manager);
      await manager.query(
        `UPDATE comments SET policy_version = ${stamp.add(policy.version)}
         WHERE id > ${stamp.add(job.lastCommentId)} AND id <= ${stamp.add(lastCommentId)} AND policy_version <> ${stamp.add(policy.version)}`,
        stamp.values,
      );
      await manager.update(
        ReapplyJobEntity,
        { id: job.id },
        { lastCommentId, processed: job.processed + rows.length, changed: job.changed + changed },
      );
      return true;
    });
  }

  /**
   * Evaluates rows under the policy (scoring them again first for a rescore) and writes the ones that change, with
   * their rollups and the audit events of statuses the policy set. Returns how many changed.
   */
  private async applyToRows(
    manager: EntityManager,
    rows: PolicyRow[],
    policy: ActivePolicy,
    kind: ReapplyKind,
    modelVersion: number,
  ): Promise<number> {
    const scores =
      kind === 'rescore' ? await this.scoring.score(rows.map((row) => ({ text: scoredText(row), language: row.language }))) : null;
    const rollupChanges: { comment: RollupComment; sign: 1 | -1 }[] = [];
    const statusChanges: PolicyStatusChange[] = [];
    const updates: unknown[][] = [];
    const now = nowInstant();
    for (const [index, row] of rows.entries()) {
      // An anonymised comment has no text left (PrivacyService): it keeps the scores its text had.
      const rescored = scores && scoredText(row) !== '' ? { ...scoreColumns(scores[index]) } : null;
      const current: PolicyRow = rescored ? { ...row, ...rescored, evidence: rescored.evidence ?? {} } : row;
      const evaluation = evaluateRow(policy.compiled, current);
      const columns = policyColumns(evaluation, current.evidence, policy.version);
      const status = policyStatus(evaluation.isRejected, row.status, row.statusSource);
      if (!rescored && status === row.status && !policyColumnsDiffer(columns, row)) continue;
      const version = status === row.status ? row.version : row.version + 1;
      if (rescored) await manager.update(CommentEntity, { id: row.id }, { ...rescored, modelVersion });
      updates.push([row.id, ...POLICY_UPDATE_COLUMNS.map((column) => column.value(columns)), status, version, now]);
      if (status !== row.status) {
        const rejection = status === 'rejected' ? rejectionOf(evaluation, policy.policy, policy.version) : null;
        statusChanges.push(policyStatusChange(row.id, row.status, status, rejection, policy.version));
      }
      rollupChanges.push({ comment: row, sign: -1 }, { comment: { ...current, ...columns }, sign: 1 });
    }
    await updateRows(manager, 'comments', [...POLICY_UPDATE_COLUMNS, ...STATUS_UPDATE_COLUMNS], updates);
    await this.rollups.applyComments(manager, rollupChanges);
    await this.policies.recordStatusChanges(manager, statusChanges);
    return updates.length;
  }
}

async function lockRuns(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') await manager.query(`SELECT pg_advisory_xact_lock(${REAPPLY_LOCK})`);
}

function jobView(job: ReapplyJobEntity): ReapplyJobView {
  return {
    id: job.id,
    kind: job.kind,
    policyVersion: job.policyVersion,
    modelVersion: job.modelVersion,
    state: job.state,
    total: job.total,
    processed: job.processed,
    changed: job.changed,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error,
  };
}
