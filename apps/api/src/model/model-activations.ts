import { Injectable, Logger } from '@nestjs/common';

/** Called with the offense model version the API scores with after an accept or a rollback. */
export type ModelActivatedListener = (modelVersion: number) => unknown;

/**
 * Tells whoever subscribed that another offense model version became active, after every scorer switched to it: the
 * stored comments' scores are now stale (the policy's re-apply run re-scores them).
 */
@Injectable()
export class ModelActivations {
  private readonly logger = new Logger(ModelActivations.name);
  private readonly listeners = new Set<ModelActivatedListener>();

  /** Subscribes `listener`; returns what unsubscribes it. */
  onActivated(listener: ModelActivatedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls every listener in turn and waits for each. The activation has happened by then, so a failing listener
   * is logged, not thrown: the others still run, and the admin's request still succeeds.
   */
  async announce(modelVersion: number): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(modelVersion);
      } catch (error) {
        this.logger.error(
          `a listener failed after model version ${modelVersion} became active: ${error instanceof Error ? error.message : String(error)}`,
          error instanceof Error ? error.stack : undefined,
        );
      }
    }
  }
}
