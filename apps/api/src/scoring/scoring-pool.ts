import type { OnModuleDestroy } from '@nestjs/common';
import type { Language, ScoreResult } from '@tenor/contracts';
import type { DecidedOffenseExample, Scorer, ScorerOptions } from '@tenor/scoring';
import { Worker } from 'node:worker_threads';
import type {
  ScoringReply,
  ScoringRequest,
  ScoringWorkerData,
  ScoringWorkerRequest,
  TrainedModel,
  TrainingReply,
  UseModelRequest,
} from './scoring-worker';
import { scoringWorkerFile } from './scoring-worker-file';

/** One text to score, with its language when the source gives it. */
export interface ScoringItem {
  text: string;
  language?: Language;
}

/** How a scoring pool runs. */
export interface ScoringPoolOptions {
  /** Worker threads; 0 scores on the calling thread with `scorer`. */
  size: number;
  /** The options each worker creates its scorer with: those `scorer` was created with. */
  scorerOptions: ScorerOptions;
  /** The API's own scorer, used when `size` is 0. */
  scorer: Scorer;
  /** The offense model `scorer` uses, serialized (see useModel); null or absent for the shipped one. */
  offenseModel?: Uint8Array | null;
  /** The script each worker runs; by default the scoring worker (see scoringWorkerFile). */
  workerFile?: string;
}

// A request is split into one part per worker only while each part keeps at least this many texts: a one-text request
// took 0.08-0.14 ms there and back, scoring 0.03-0.1 ms a text (measured on the 2-core development machine).
const MIN_TEXTS_PER_REQUEST = 50;

interface Job {
  request: ScoringRequest;
  resolve(results: ScoreResult[]): void;
  reject(error: Error): void;
}

/** A worker thread, started on first use, and the job it is scoring. */
interface Slot {
  worker: Worker | null;
  job: Job | null;
}

/**
 * Scores batches of texts in worker threads, each with its own scorer created from the same options, so the
 * calling thread stays free to parse and write. Workers start on the first request and stop with the module.
 * A worker that crashes or exits fails the request it held (the next request starts a fresh worker); nothing waits
 * forever. The pool holds only what its callers await, so the callers bound the work in flight. Its workers can be
 * switched to another offense model (useModel), and it trains offense models in a thread of their own (train).
 */
export class ScoringPool implements OnModuleDestroy {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private workerFile: Promise<string> | undefined;
  private resolvedWorkerFile = '';
  private readonly trainers = new Set<Worker>();
  private offenseModel: Uint8Array | null;
  private nextRequestId = 1;
  private isClosed = false;

  constructor(private readonly options: ScoringPoolOptions) {
    this.slots = Array.from({ length: options.size }, () => ({ worker: null, job: null }));
    this.offenseModel = options.offenseModel ?? null;
  }

  /** The number of worker threads; 0 when scoring runs on the calling thread. */
  get size(): number {
    return this.slots.length;
  }

  /** The scores of the items, in their order. */
  async score(items: readonly ScoringItem[]): Promise<ScoreResult[]> {
    if (this.isClosed) throw new Error('the scoring pool is closed');
    if (this.slots.length === 0) return items.map(({ text, language }) => this.options.scorer.score(text, { language }));
    if (items.length === 0) return [];
    this.resolvedWorkerFile = await this.locateWorkerFile();
    if (this.isClosed) throw new Error('the scoring pool is closed');
    const parts = Math.max(1, Math.min(this.slots.length, Math.floor(items.length / MIN_TEXTS_PER_REQUEST)));
    const partSize = Math.ceil(items.length / parts);
    const requests: Promise<ScoreResult[]>[] = [];
    for (let start = 0; start < items.length; start += partSize) requests.push(this.enqueue(items.slice(start, start + partSize)));
    return (await Promise.all(requests)).flat();
  }

  /**
   * Makes the workers score with another offense model (serialized; null for the shipped one), as the caller has
   * made the API's own scorer do. Every score() called after this uses it: a worker takes its messages in order, and
   * workers started later get it at start. A call still in flight may have parts scored with either model.
   */
  useModel(offenseModel: Uint8Array | null): void {
    this.offenseModel = offenseModel;
    const request: UseModelRequest = { kind: 'use-model', offenseModel };
    for (const slot of this.slots) slot.worker?.postMessage(request);
  }

  /**
   * Continues training an offense model on decisions in a worker thread of its own (also when `size` is 0), so
   * neither the calling thread nor the scoring workers wait for it; the thread ends with the training.
   */
  async train(base: Uint8Array | null, decisions: DecidedOffenseExample[]): Promise<TrainedModel> {
    if (this.isClosed) throw new Error('the scoring pool is closed');
    const workerFile = await this.locateWorkerFile();
    if (this.isClosed) throw new Error('the scoring pool is closed');
    const workerData: ScoringWorkerData = { scorerOptions: this.options.scorerOptions };
    const worker = new Worker(workerFile, { workerData });
    this.trainers.add(worker);
    try {
      return await new Promise<TrainedModel>((resolve, reject) => {
        worker.on('message', (reply: TrainingReply) => {
          if ('error' in reply) reject(new Error(`training failed in a worker: ${reply.error}`));
          else resolve({ offenseModel: reply.offenseModel, trainedOn: reply.trainedOn, before: reply.before, after: reply.after });
        });
        worker.on('error', (error) => reject(new Error(`a training worker crashed: ${error.message}`, { cause: error })));
        worker.on('exit', (code) =>
          reject(new Error(this.isClosed ? 'the scoring pool is closed' : `a training worker exited with code ${code}`)),
        );
        const request: ScoringWorkerRequest = { kind: 'train', id: this.nextRequestId++, base, decisions };
        worker.postMessage(request);
      });
    } finally {
      this.trainers.delete(worker);
      await worker.terminate();
    }
  }

  /** Stops every worker; requests still queued, being scored or trained fail. */
  async close(): Promise<void> {
    this.isClosed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the scoring pool is closed'));
    await Promise.all([...this.slots.map((slot) => slot.worker?.terminate()), ...[...this.trainers].map((worker) => worker.terminate())]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  private locateWorkerFile(): Promise<string> {
    this.workerFile ??= (this.options.workerFile ? Promise.resolve(this.options.workerFile) : scoringWorkerFile()).catch(
      (error: unknown) => {
        this.workerFile = undefined;
        throw error;
      },
    );
    return this.workerFile;
  }

  private enqueue(items: readonly ScoringItem[]): Promise<ScoreResult[]> {
    return new Promise((resolve, reject) => {
      const request: ScoringRequest = {
        kind: 'score',
        id: this.nextRequestId++,
        texts: items.map((item) => item.text),
        languages: items.map((item) => item.language),
      };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0 || this.isClosed) return;
      if (slot.job !== null) continue;
      const job = this.queue.shift() as Job;
      const worker = slot.worker ?? this.start(slot);
      slot.job = job;
      // Referenced only while busy: an idle pool never keeps the process alive.
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  private start(slot: Slot): Worker {
    const workerData: ScoringWorkerData = { scorerOptions: this.options.scorerOptions, offenseModel: this.offenseModel };
    const worker = new Worker(this.resolvedWorkerFile, { workerData });
    slot.worker = worker;
    worker.on('message', (reply: ScoringReply) => {
      const job = slot.job;
      if (job === null || job.request.id !== reply.id) return;
      slot.job = null;
      worker.unref();
      if ('error' in reply) job.reject(new Error(`scoring failed in a worker: ${reply.error}`));
      else job.resolve(reply.results);
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(slot, worker, new Error(`a scoring worker crashed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) =>
      this.lose(slot, worker, new Error(this.isClosed ? 'the scoring pool is closed' : `a scoring worker exited with code ${code}`)),
    );
    return worker;
  }

  /** Forgets a worker that failed or stopped, failing its job; queued jobs go to a fresh worker. */
  private lose(slot: Slot, worker: Worker, error: Error): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    const job = slot.job;
    slot.job = null;
    job?.reject(error);
    void worker.terminate();
    this.dispatch();
  }
}
