import { BadRequestException, ConflictException, Injectable, InternalServerErrorException, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModelOverview } from '@tenor/contracts';
import { DataSource, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { nowInstant } from '../common/instants';
import { inTransaction } from '../database/in-transaction';
import { OffenseModelSwitch, type OffenseModelVersion } from '../scoring/offense-model-switch';
import { ScoringPool } from '../scoring/scoring-pool';
import { ModelActivations } from './model-activations';
import { modelBytesOf, ScoringModelEntity, type StoredModelQuality, toModelVersionView } from './scoring-model.entity';
import { countDecisions, type DecisionWindow, readDecisions } from './training-decisions';

/** Every column but the weights, which only training and activation read. */
const VIEW_COLUMNS: FindOptionsSelect<ScoringModelEntity> = {
  version: true,
  state: true,
  baseVersion: true,
  trainedOn: true,
  quality: true,
  author: true,
  createdAt: true,
  activatedAt: true,
};

/**
 * Versions of the offense model learned from the moderators: training a candidate on their decisions since the
 * active version was trained (continued from it, in a worker thread), accepting it, rejecting it, rolling back. A
 * candidate is never activated without an admin. Activation switches every scorer of this process, then tells the
 * ModelActivations listeners. Changes of state run one at a time.
 */
@Injectable()
export class ModelService {
  private isTraining = false;
  private changes: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pool: ScoringPool,
    private readonly modelSwitch: OffenseModelSwitch,
    private readonly activations: ModelActivations,
  ) {}

  /** The active version, the candidate awaiting a decision, every version newest first, and the decisions to learn from. */
  async overview(): Promise<ModelOverview> {
    const models = await this.dataSource.manager.find(ScoringModelEntity, { select: VIEW_COLUMNS, order: { version: 'DESC' } });
    const active = models.find((model) => model.state === 'active');
    if (active === undefined) throw new InternalServerErrorException('no offense model version is active');
    const candidate = models.find((model) => model.state === 'candidate');
    return {
      active: toModelVersionView(active),
      candidate: candidate === undefined ? null : toModelVersionView(candidate),
      history: models.map(toModelVersionView),
      decisionsAvailable: await countDecisions(this.dataSource.manager, decisionsSince(active, nowInstant())),
    };
  }

  /**
   * Trains a candidate: the active version continued on the decisions made since it was trained (all of them for the
   * shipped model), a fifth held back to compare both. It replaces an earlier candidate, which becomes rejected.
   */
  async train(author: string): Promise<ModelOverview> {
    if (this.isTraining) throw new ConflictException('a training run is already under way; its candidate will appear shortly');
    this.isTraining = true;
    try {
      const base = await this.activeModel(this.dataSource.manager);
      const until = nowInstant();
      const decisions = await readDecisions(this.dataSource.manager, decisionsSince(base, until));
      if (decisions.length === 0) {
        throw new BadRequestException(
          `no moderator decisions to learn from ${base.baseVersion === null ? 'yet' : `since version ${base.version} was trained`}: ` +
            'the model learns from comments moderators approved or rejected as insult, threat, incitement or other',
        );
      }
      const trained = await this.pool.train(modelBytesOf(base), decisions);
      await this.exclusive(() =>
        inTransaction(this.dataSource, async (manager) => {
          const active = await this.activeModel(manager);
          if (active.version !== base.version) {
            throw new ConflictException(`version ${active.version} became active during the training from version ${base.version}; train again`);
          }
          await manager.update(ScoringModelEntity, { state: 'candidate' }, { state: 'rejected' });
          const [{ latest }]: { latest: number | string }[] = await manager.query('SELECT MAX(version) AS latest FROM scoring_models');
          const quality: StoredModelQuality = { before: trained.before, after: trained.after };
          await manager.insert(ScoringModelEntity, {
            version: Number(latest) + 1,
            state: 'candidate',
            baseVersion: base.version,
            trainedOn: trained.trainedOn,
            quality: JSON.stringify(quality),
            weights: Buffer.from(trained.offenseModel).toString('base64'),
            author,
            createdAt: until,
            activatedAt: null,
          });
        }),
      );
    } finally {
      this.isTraining = false;
    }
    return this.overview();
  }

  /**
   * Trains a candidate when at least `minimum` decisions were made since the newest candidate (or the active version)
   * was trained and no training is under way; what the schedule calls. Whether it trained.
   */
  async trainWhenEnoughDecisions(minimum: number, author: string): Promise<boolean> {
    if (this.isTraining) return false;
    const manager = this.dataSource.manager;
    const newest =
      (await manager.findOne(ScoringModelEntity, { select: VIEW_COLUMNS, where: { state: 'candidate' }, order: { version: 'DESC' } })) ??
      (await this.activeModel(manager));
    if ((await countDecisions(manager, decisionsSince(newest, nowInstant()))) < minimum) return false;
    await this.train(author);
    return true;
  }

  /** Makes the candidate the active version (the active one is retired) and every scorer use it. */
  accept(version: number): Promise<ModelOverview> {
    return this.exclusive(async () => {
      const candidate = await this.candidateModel(version, 'accepted');
      const active = await this.activeModel(this.dataSource.manager);
      if (candidate.baseVersion !== active.version) {
        throw new BadRequestException(
          `version ${version} continued version ${candidate.baseVersion}, but version ${active.version} is active now; train a new candidate`,
        );
      }
      await this.activate(candidate, active, (manager) =>
        manager.update(ScoringModelEntity, { version: active.version }, { state: 'retired' }),
      );
      return this.overview();
    });
  }

  /** Rejects the candidate: it is kept, never used. */
  reject(version: number): Promise<ModelOverview> {
    return this.exclusive(async () => {
      await this.candidateModel(version, 'rejected');
      await this.dataSource.manager.update(ScoringModelEntity, { version }, { state: 'rejected' });
      return this.overview();
    });
  }

  /**
   * Re-activates the version the active one was trained from (the one active before it) and retires the active one;
   * a candidate trained from the retired version is rejected with it.
   */
  rollback(): Promise<ModelOverview> {
    return this.exclusive(async () => {
      const active = await this.activeModel(this.dataSource.manager);
      if (active.baseVersion === null) {
        throw new BadRequestException(`version ${active.version} is the shipped model; there is no earlier version to roll back to`);
      }
      const previous = await this.dataSource.manager.findOneBy(ScoringModelEntity, { version: active.baseVersion });
      if (previous === null) throw new BadRequestException(`version ${active.baseVersion}, which version ${active.version} was trained from, is gone`);
      await this.activate(previous, active, async (manager) => {
        await manager.update(ScoringModelEntity, { version: active.version }, { state: 'retired' });
        await manager.update(ScoringModelEntity, { state: 'candidate', baseVersion: active.version }, { state: 'rejected' });
      });
      return this.overview();
    });
  }

  /**
   * Switches the scorers to `next` first (a model they cannot use fails here, changing nothing), then stores the
   * change; should storing fail, they switch back. The listeners hear of it last.
   */
  private async activate(
    next: ScoringModelEntity,
    current: ScoringModelEntity,
    retire: (manager: EntityManager) => Promise<unknown>,
  ): Promise<void> {
    const previous: OffenseModelVersion = { version: current.version, offenseModel: modelBytesOf(current) };
    this.modelSwitch.use({ version: next.version, offenseModel: modelBytesOf(next) });
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await retire(manager);
        await manager.update(ScoringModelEntity, { version: next.version }, { state: 'active', activatedAt: nowInstant() });
      });
    } catch (error) {
      this.modelSwitch.use(previous);
      throw error;
    }
    await this.activations.announce(next.version);
  }

  private async activeModel(manager: EntityManager): Promise<ScoringModelEntity> {
    const active = await manager.findOne(ScoringModelEntity, { where: { state: 'active' }, order: { version: 'DESC' } });
    if (active === null) throw new InternalServerErrorException('no offense model version is active');
    return active;
  }

  private async candidateModel(version: number, action: 'accepted' | 'rejected'): Promise<ScoringModelEntity> {
    const model = await this.dataSource.manager.findOneBy(ScoringModelEntity, { version });
    if (model === null) throw new NotFoundException(`no offense model version ${version}`);
    if (model.state !== 'candidate') {
      throw new BadRequestException(`version ${version} is ${model.state}; only a candidate can be ${action}`);
    }
    return model;
  }

  /** Runs changes of state one after another. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.changes.then(work);
    this.changes = result.catch(() => undefined);
    return result;
  }
}

/** The decisions a version has not learned from: those after it was trained, or all for the shipped model. */
function decisionsSince(model: Pick<ScoringModelEntity, 'baseVersion' | 'createdAt'>, until: string): DecisionWindow {
  return { after: model.baseVersion === null ? null : model.createdAt, until };
}
