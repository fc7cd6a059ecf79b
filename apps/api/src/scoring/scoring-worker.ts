import type { Language, ModelQuality, ScoreResult } from '@tenor/contracts';
import {
  createScorer,
  type DecidedOffenseExample,
  deserializeOffenseModel,
  getShippedOffenseModel,
  type OffenseModel,
  retrainOnDecisions,
  type Scorer,
  type ScorerOptions,
  serializeOffenseModel,
} from '@tenor/scoring';
import { parentPort, workerData } from 'node:worker_threads';

/** A batch of texts for one worker of the scoring pool. */
export interface ScoringRequest {
  kind: 'score';
  id: number;
  texts: string[];
  /** The language hint of each text; undefined lets the scorer detect it. */
  languages: (Language | undefined)[];
}

/** A worker's answer to one scoring request: the scores in request order, or why scoring failed. */
export type ScoringReply = { id: number; results: ScoreResult[] } | { id: number; error: string };

/** Makes the worker score every later request with this offense model; it does not answer. */
export interface UseModelRequest {
  kind: 'use-model';
  /** The model as serializeOffenseModel writes it; null for the shipped one. */
  offenseModel: Uint8Array | null;
}

/** Continues training an offense model on moderators' decisions (see retrainOnDecisions in @tenor/scoring). */
export interface TrainingRequest {
  kind: 'train';
  id: number;
  /** The model to continue from, serialized; null for the shipped one. */
  base: Uint8Array | null;
  decisions: DecidedOffenseExample[];
}

/** A trained model, serialized, and both models' quality on the held-back decisions. */
export interface TrainedModel {
  offenseModel: Uint8Array;
  trainedOn: number;
  before: ModelQuality | null;
  after: ModelQuality | null;
}

/** A worker's answer to a training request. */
export type TrainingReply = ({ id: number } & TrainedModel) | { id: number; error: string };

/** Every message a scoring worker takes. */
export type ScoringWorkerRequest = ScoringRequest | UseModelRequest | TrainingRequest;

/** What a worker is handed at start: the options of the API's own scorer and the offense model it scores with. */
export interface ScoringWorkerData {
  scorerOptions: ScorerOptions;
  /** Serialized; null (or absent) for the shipped model. */
  offenseModel?: Uint8Array | null;
}

// The entry of a scoring worker thread (a separate webpack bundle): a message at a time. The scorer is made on the
// first request, so a worker started only to train never builds one.
if (parentPort === null) throw new Error('the scoring worker runs only as a worker thread of the scoring pool');
const port = parentPort;
const { scorerOptions, offenseModel: initialModel = null } = workerData as ScoringWorkerData;
let offenseModel: Uint8Array | null = initialModel;
let scorer: Scorer | undefined;

function modelOf(bytes: Uint8Array | null): OffenseModel {
  return bytes === null ? getShippedOffenseModel() : deserializeOffenseModel(bytes);
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function score({ id, texts, languages }: ScoringRequest): ScoringReply {
  try {
    scorer ??= createScorer({ ...scorerOptions, offenseModel: modelOf(offenseModel) });
    const current = scorer;
    return { id, results: texts.map((text, index) => current.score(text, { language: languages[index] })) };
  } catch (error) {
    return { id, error: errorText(error) };
  }
}

function train({ id, base, decisions }: TrainingRequest): { reply: TrainingReply; transfer: ArrayBuffer[] } {
  try {
    const result = retrainOnDecisions(modelOf(base), decisions);
    const bytes = serializeOffenseModel(result.model);
    return {
      reply: { id, offenseModel: bytes, trainedOn: result.trainedOn, before: result.before, after: result.after },
      transfer: [bytes.buffer as ArrayBuffer],
    };
  } catch (error) {
    return { reply: { id, error: errorText(error) }, transfer: [] };
  }
}

port.on('message', (request: ScoringWorkerRequest) => {
  switch (request.kind) {
    case 'score':
      port.postMessage(score(request));
      return;
    case 'use-model':
      offenseModel = request.offenseModel;
      scorer = undefined;
      return;
    case 'train': {
      const { reply, transfer } = train(request);
      port.postMessage(reply, transfer);
      return;
    }
  }
});
