import type { ModelQuality, ModelVersionState, ModelVersionView } from '@tenor/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the `quality` JSON column holds: both models' quality on the decisions held back from training. */
export interface StoredModelQuality {
  before: ModelQuality | null;
  after: ModelQuality | null;
}

/**
 * A version of the offense model: 1 is the shipped one (written by the migration); later ones are continued from the
 * version active when they were trained, on moderators' decisions. Only the state and activation time ever change.
 */
@Entity({ name: 'scoring_models' })
export class ScoringModelEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 12 })
  state!: ModelVersionState;

  @Column({ name: 'base_version', type: 'integer', nullable: true })
  baseVersion!: number | null;

  /** Moderator decisions it was trained on (0 for the shipped model). */
  @Column({ name: 'trained_on', type: 'integer' })
  trainedOn!: number;

  /** StoredModelQuality as JSON; null for the shipped model. */
  @Column({ type: 'text', nullable: true })
  quality!: string | null;

  /** Base64 of serializeOffenseModel's bytes; null for the shipped model. */
  @Column({ type: 'text', nullable: true })
  weights!: string | null;

  @Column({ type: 'varchar', length: 200 })
  author!: string;

  /** When it was trained: it learned from the decisions made until then. */
  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  /** When it was last made the active version. */
  @Column({ name: 'activated_at', type: 'varchar', length: 30, nullable: true })
  activatedAt!: string | null;
}

/** The serialized model of a version; null for the shipped one. */
export function modelBytesOf(model: Pick<ScoringModelEntity, 'weights'>): Uint8Array | null {
  return model.weights === null ? null : new Uint8Array(Buffer.from(model.weights, 'base64'));
}

/** The API view of a stored version. */
export function toModelVersionView(model: ScoringModelEntity): ModelVersionView {
  const quality: StoredModelQuality = model.quality === null ? { before: null, after: null } : JSON.parse(model.quality);
  return {
    version: model.version,
    state: model.state,
    baseVersion: model.baseVersion,
    trainedOn: model.trainedOn,
    before: quality.before,
    after: quality.after,
    createdAt: model.createdAt,
    author: model.author,
  };
}
