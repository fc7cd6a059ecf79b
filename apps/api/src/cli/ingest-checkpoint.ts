import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** Where an interrupted ingest of a file stopped: the last committed line, for that exact file (size and time). */
interface Checkpoint {
  size: number;
  modifiedMs: number;
  committedLine: number;
}

/** A checkpoint file beside the input (`<file>.tenor-ingest.json`), written after every committed batch. */
export class IngestCheckpoint {
  private readonly path: string;
  private readonly size: number;
  private readonly modifiedMs: number;

  constructor(private readonly inputPath: string) {
    this.path = `${inputPath}.tenor-ingest.json`;
    const stats = statSync(inputPath);
    this.size = stats.size;
    this.modifiedMs = stats.mtimeMs;
  }

  /** The line to resume after, or 0 when there is no checkpoint for this version of the file. */
  resumeLine(): number {
    if (!existsSync(this.path)) return 0;
    try {
      const checkpoint = JSON.parse(readFileSync(this.path, 'utf8')) as Checkpoint;
      return checkpoint.size === this.size && checkpoint.modifiedMs === this.modifiedMs ? checkpoint.committedLine : 0;
    } catch {
      return 0;
    }
  }

  save(committedLine: number): void {
    const checkpoint: Checkpoint = { size: this.size, modifiedMs: this.modifiedMs, committedLine };
    writeFileSync(this.path, JSON.stringify(checkpoint));
  }

  /** Removes the checkpoint once the whole file is in. */
  clear(): void {
    rmSync(this.path, { force: true });
  }
}
