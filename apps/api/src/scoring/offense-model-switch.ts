import { createScorer, deserializeOffenseModel, type Scorer, type ScorerOptions } from '@tenor/scoring';
import type { ScoringPool } from './scoring-pool';
import type { SwappableScorer } from './swappable-scorer';

/** A version of the offense model, serialized; `offenseModel` null is the shipped model. */
export interface OffenseModelVersion {
  version: number;
  offenseModel: Uint8Array | null;
}

/** A scorer with these options and this offense model (serialized; null for the shipped one). */
export function createScorerWithModel(options: ScorerOptions, offenseModel: Uint8Array | null): Scorer {
  return createScorer({ ...options, offenseModel: offenseModel === null ? undefined : deserializeOffenseModel(offenseModel) });
}

/**
 * Which offense model the process scores with: its own scorer (SCORER) and every worker of the scoring pool switch
 * together, so that every score asked for after `use` returns comes from the new model.
 */
export class OffenseModelSwitch {
  private version: number;

  constructor(
    private readonly scorer: SwappableScorer,
    private readonly pool: ScoringPool,
    private readonly scorerOptions: ScorerOptions,
    active: OffenseModelVersion,
  ) {
    this.version = active.version;
  }

  /** The model version scores come from now; read it before scoring to record which version scored a comment. */
  get activeVersion(): number {
    return this.version;
  }

  /** Scores with this model from now on; a model the scorer cannot use throws and changes nothing. */
  use({ version, offenseModel }: OffenseModelVersion): void {
    this.scorer.replace(createScorerWithModel(this.scorerOptions, offenseModel));
    this.pool.useModel(offenseModel);
    this.version = version;
  }
}
