import { BadRequestException, ConflictException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentStatus, ModerationPolicy, PolicyVersionView, RejectReason } from '@tenor/contracts';
import { compilePolicy, type CompiledPolicy, diffPolicies, validatePolicy } from '@tenor/policy';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { nowInstant } from '../common/instants';
import { inTransaction } from '../database/in-transaction';
import { ModerationEventEntity } from '../moderation/moderation-event.entity';
import { RollupService } from '../trends/rollup.service';
import { PolicyVersionEntity } from './policy-version.entity';

/** The policy version in force, compiled for evaluation. */
export interface ActivePolicy {
  version: number;
  policy: ModerationPolicy;
  compiled: CompiledPolicy;
}

/** A status the policy set on a comment, for its audit event. */
export interface PolicyStatusChange {
  commentId: number;
  fromStatus: CommentStatus;
  toStatus: CommentStatus;
  reason: RejectReason | null;
  note: string;
}

/** The actor name of audit events the policy writes (rejections and their release). */
export const POLICY_ACTOR = 'Richtlinie';

// Audit rows per multi-row insert: 9 columns each, under SQLite's 999 bound parameters.
const EVENT_INSERT_ROWS = 100;

/**
 * The versioned moderation policy: reads the active version (checked against the database on every use, so a save
 * on another API instance takes effect here at the next write), saves new versions and restores old ones.
 */
@Injectable()
export class PolicyService implements OnModuleInit {
  private active?: ActivePolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollups: RollupService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.current();
  }

  /** The active version: the newest one. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<ActivePolicy> {
    const [{ version }]: { version: number | string }[] = await manager.query('SELECT MAX(version) AS version FROM policy_versions');
    if (this.active?.version === Number(version)) return this.active;
    const entity = await manager.findOneByOrFail(PolicyVersionEntity, { version: Number(version) });
    return (this.active = activePolicyOf(entity));
  }

  /** One stored version, compiled. */
  async version(version: number): Promise<ActivePolicy> {
    const entity = await this.dataSource.manager.findOneBy(PolicyVersionEntity, { version });
    if (!entity) throw new NotFoundException(`policy version ${version} does not exist`);
    return activePolicyOf(entity);
  }

  /** Every version, newest first, each with its changes against the one before. */
  async versions(): Promise<PolicyVersionView[]> {
    const entities = await this.dataSource.manager.find(PolicyVersionEntity, { order: { version: 'ASC' } });
    const views: PolicyVersionView[] = [];
    let previous: ModerationPolicy | null = null;
    for (const entity of entities) {
      const policy = JSON.parse(entity.policy) as ModerationPolicy;
      views.push(versionView(entity, policy, previous));
      previous = policy;
    }
    return views.reverse();
  }

  /** The active version as the API shows it. */
  async activeView(): Promise<PolicyVersionView> {
    const active = await this.current();
    const [view] = (await this.versions()).filter((candidate) => candidate.version === active.version);
    return view;
  }

  /**
   * Validates and stores a new version; 400 names each impossible setting, 409 when another version was saved since
   * `baseVersion`. Returns the new active version; the caller starts the re-apply run.
   */
  async save(input: unknown, baseVersion: number, note: string | null, user: AuthenticatedUser, restoredFrom: number | null = null): Promise<ActivePolicy> {
    const validation = validatePolicy(input);
    if (validation.policy === null) throw new BadRequestException(validation.errors);
    const policy = validation.policy;
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const latest = await this.current(manager);
      if (latest.version !== baseVersion) {
        throw new ConflictException(`policy version ${latest.version} was saved since version ${baseVersion}; reload and try again`);
      }
      const entity = manager.create(PolicyVersionEntity, {
        version: latest.version + 1,
        policy: JSON.stringify(policy),
        author: user.username,
        authorUserId: user.id,
        createdAt: nowInstant(),
        note,
        restoredFrom,
      });
      await manager.insert(PolicyVersionEntity, entity);
      return entity;
    });
    return (this.active = activePolicyOf(saved));
  }

  /** The offense model version in force (1, the shipped one, until a trained one is accepted). */
  async activeModelVersion(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: { version: number | string }[] = await manager.query("SELECT version FROM scoring_models WHERE state = 'active'");
    return row ? Number(row.version) : 1;
  }

  /** Writes the audit events of statuses the policy set, and counts them in the decision rollups; in the caller's transaction. */
  async recordStatusChanges(manager: EntityManager, changes: readonly PolicyStatusChange[]): Promise<void> {
    if (changes.length === 0) return;
    const at = nowInstant();
    for (let start = 0; start < changes.length; start += EVENT_INSERT_ROWS) {
      const rows = changes.slice(start, start + EVENT_INSERT_ROWS).map((change) => ({
        commentId: change.commentId,
        actor: POLICY_ACTOR,
        actorUserId: null,
        at,
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        action: change.toStatus === 'rejected' ? ('reject' as const) : ('undo' as const),
        reason: change.reason,
        note: change.note,
      }));
      await manager.insert(ModerationEventEntity, rows);
    }
    await this.rollups.applyDecisions(
      manager,
      changes.map((change) => ({ commentId: change.commentId, at, action: change.toStatus === 'rejected' ? 'reject' : 'undo' })),
    );
  }
}

function activePolicyOf(entity: PolicyVersionEntity): ActivePolicy {
  const policy = JSON.parse(entity.policy) as ModerationPolicy;
  return { version: entity.version, policy, compiled: compilePolicy(policy) };
}

function versionView(entity: PolicyVersionEntity, policy: ModerationPolicy, previous: ModerationPolicy | null): PolicyVersionView {
  return {
    version: entity.version,
    policy,
    author: entity.author,
    createdAt: entity.createdAt,
    note: entity.note,
    restoredFrom: entity.restoredFrom,
    changes: previous === null ? [] : diffPolicies(previous, policy),
  };
}
