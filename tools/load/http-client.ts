import { Agent, type IncomingHttpHeaders, request } from 'node:http';

/** A complete HTTP answer and how long it took from sending to the last byte. */
export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  milliseconds: number;
}

/** A request that got no HTTP answer: the connection failed or the answer took too long. */
export class RequestFailure extends Error {
  constructor(
    message: string,
    /** Whether the answer did not come within the timeout (the server may still have done the work). */
    readonly isTimeout: boolean,
    readonly milliseconds: number,
  ) {
    super(message);
  }
}

/** What one request sends. */
export interface RequestOptions {
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** How a client proves who it is: a dashboard session (cookie and CSRF token) or an ingest API key. */
export type Credentials =
  { kind: 'session'; sessionCookie: string; csrfToken: string | null } | { kind: 'apiKey'; key: string };

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The headers that carry credentials; a session repeats its CSRF token on changes, as the dashboard does. */
export function credentialHeaders(credentials: Credentials, method: string): Record<string, string> {
  if (credentials.kind === 'apiKey') return { authorization: `Bearer ${credentials.key}` };
  const cookies = [credentials.sessionCookie];
  const headers: Record<string, string> = {};
  if (credentials.csrfToken !== null) {
    cookies.push(`XSRF-TOKEN=${credentials.csrfToken}`);
    if (UNSAFE_METHODS.has(method)) headers['x-xsrf-token'] = credentials.csrfToken;
  }
  headers.cookie = cookies.join('; ');
  return headers;
}

/** The cookies a response sets, by name. */
export function cookiesSetBy(headers: IncomingHttpHeaders): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const header of headers['set-cookie'] ?? []) {
    const [pair] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator > 0) cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return cookies;
}

/** HTTP/1.1 on loopback over a bounded pool of keep-alive connections. */
export class HttpClient {
  private readonly agent: Agent;
  private readonly base: URL;

  constructor(baseUrl: string, connections: number) {
    this.base = new URL(baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** Sends one request and reads the whole answer; rejects with RequestFailure when none comes in time. */
  send(method: string, path: string, options: RequestOptions): Promise<HttpAnswer> {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    return new Promise((resolve, reject) => {
      const body = options.body === undefined ? undefined : Buffer.from(options.body, 'utf8');
      const outgoing = request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers: { ...options.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', (error) =>
            reject(new RequestFailure(`${method} ${path}: ${error.message}`, false, elapsed())),
          );
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 0,
              headers: incoming.headers,
              body: Buffer.concat(chunks).toString('utf8'),
              milliseconds: elapsed(),
            }),
          );
        },
      );
      outgoing.setTimeout(options.timeoutMs, () => {
        outgoing.destroy();
        reject(
          new RequestFailure(`${method} ${path}: no answer within ${options.timeoutMs} ms`, true, elapsed()),
        );
      });
      outgoing.on('error', (error) =>
        reject(new RequestFailure(`${method} ${path}: ${error.message}`, false, elapsed())),
      );
      outgoing.end(body);
    });
  }

  /** Closes the pooled connections. */
  close(): void {
    this.agent.destroy();
  }
}
