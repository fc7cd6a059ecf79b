import {
  type Credentials,
  credentialHeaders,
  type HttpAnswer,
  type HttpClient,
  RequestFailure,
} from './http-client';
import type { Outcome, RequestStats } from './request-stats';

/** One API call of the load: its kind (the line of the summary it counts in) and what is sent. */
export interface CallSpec {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  /** JSON-encoded unless a content type is given. */
  body?: unknown;
  contentType?: string;
  /** Whether a 409 is a legitimate refusal here (a contested decision), not an error. */
  isConflictExpected?: boolean;
}

/** The answer to a call and how it counted, or why none came. */
export type CallResult = { answer: HttpAnswer; outcome: Outcome } | { failure: RequestFailure };

/** Sends calls as one client (a session or an API key), timing each and counting its outcome. */
export class TimedCaller {
  constructor(
    private readonly client: HttpClient,
    private readonly stats: RequestStats,
    readonly credentials: Credentials,
    private readonly timeoutMs: number,
  ) {}

  async call(spec: CallSpec): Promise<CallResult> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...credentialHeaders(this.credentials, spec.method),
    };
    let body: string | undefined;
    if (spec.body !== undefined) {
      headers['content-type'] = spec.contentType ?? 'application/json';
      body = spec.contentType ? String(spec.body) : JSON.stringify(spec.body);
    }
    try {
      const answer = await this.client.send(spec.method, spec.path, {
        headers,
        body,
        timeoutMs: this.timeoutMs,
      });
      const outcome: Outcome =
        answer.status >= 200 && answer.status < 300
          ? 'ok'
          : answer.status === 409 && spec.isConflictExpected
            ? 'conflict'
            : 'error';
      this.stats.record(
        spec.kind,
        answer.milliseconds,
        answer.status,
        outcome,
        outcome === 'error' ? `${spec.method} ${spec.path}: ${answer.body}` : undefined,
      );
      return { answer, outcome };
    } catch (error) {
      if (!(error instanceof RequestFailure)) throw error;
      this.stats.record(
        spec.kind,
        error.milliseconds,
        error.isTimeout ? 'timeout' : 'connection',
        'error',
        error.message,
      );
      return { failure: error };
    }
  }
}

/** The parsed JSON body of a successful call; undefined when the call failed or was refused. */
export function okBody<T>(result: CallResult): T | undefined {
  if ('failure' in result || result.outcome !== 'ok') return undefined;
  return JSON.parse(result.answer.body) as T;
}
