import type { Language, ScoreResult } from '@tenor/contracts';
import type { Scorer } from '@tenor/scoring';

/** A scorer that hands every call to another one, which can be replaced (a new offense model) while the API runs. */
export class SwappableScorer implements Scorer {
  constructor(private current: Scorer) {}

  get version(): string {
    return this.current.version;
  }

  score(text: string, hint?: { language?: Language }): ScoreResult {
    return this.current.score(text, hint);
  }

  /** Scores every later call with `scorer`. */
  replace(scorer: Scorer): void {
    this.current = scorer;
  }
}
