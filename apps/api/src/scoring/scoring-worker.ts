import type { Language, ScoreResult } from '@tenor/contracts';
import { createScorer, type ScorerOptions } from '@tenor/scoring';
import { parentPort, workerData } from 'node:worker_threads';

/** A batch of texts for one worker of the scoring pool. */
export interface ScoringRequest {
  id: number;
  texts: string[];
  /** The language hint of each text; undefined lets the scorer detect it. */
  languages: (Language | undefined)[];
}

/** A worker's answer to one request: the scores in request order, or why scoring failed. */
export type ScoringReply = { id: number; results: ScoreResult[] } | { id: number; error: string };

/** What the pool hands each worker at start: the options of the API's own scorer. */
export interface ScoringWorkerData {
  scorerOptions: ScorerOptions;
}

// The entry of a scoring worker thread (a separate webpack bundle): one scorer, then a request at a time.
if (parentPort === null) throw new Error('the scoring worker runs only as a worker thread of the scoring pool');
const port = parentPort;
const scorer = createScorer((workerData as ScoringWorkerData).scorerOptions);

port.on('message', ({ id, texts, languages }: ScoringRequest) => {
  let reply: ScoringReply;
  try {
    reply = { id, results: texts.map((text, index) => scorer.score(text, { language: languages[index] })) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
