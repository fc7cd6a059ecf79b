import type { CreatedApiKey, HealthView, IngestReport } from '@tenor/contracts';
import fc from 'fast-check';
import {
  adversarialInput,
  csvDocument,
  deepJson,
  describeInput,
  fuzzParameters,
  fuzzTarget,
  garbageBytes,
  importRecords,
  mutated,
  ndjsonDocument,
} from '@tenor/testing/fuzz';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

const recorder = fuzzTarget('api.ingest');
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];
const CONTENT_TYPES = [
  ...NDJSON_TYPES,
  'text/csv',
  'text/csv; charset=utf-8',
  'application/json',
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
];
// A request gets this long before it counts as hanging; even a megabyte of comments is scored well within it.
const REQUEST_TIMEOUT_MS = 60_000;
// The ingest rate limit (TENOR_INGEST_REQUESTS_PER_MINUTE) answers 429 with Retry-After; the fuzz waits and sends again.
const MAX_RATE_LIMIT_RETRIES = 5;

/** An HTTP answer: status, text, and the text as JSON when it is JSON. */
interface Answer {
  status: number;
  text: string;
  body: { message?: unknown } | undefined;
}

function parsed(text: string): Answer['body'] {
  try {
    return JSON.parse(text) as Answer['body'];
  } catch {
    return undefined;
  }
}

interface Sent {
  kind: string;
  type: string;
  body: Buffer;
}

/** A JSON array of NDJSON-shaped records, as the JSON ingest takes it. */
const jsonRecordsDocument = importRecords('clean').map(({ articles, comments }) =>
  JSON.stringify([
    ...articles.map((article) => ({ kind: 'article', ...article })),
    ...comments.map((comment) => ({ kind: 'comment', ...comment })),
  ]),
);

/** Request bodies: import files (whole or broken), hostile text, invalid UTF-8, deep JSON, with a matching or any content type. */
const sent: fc.Arbitrary<Sent> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(mutated(ndjsonDocument(), 2), fc.constantFrom(...NDJSON_TYPES))
      .map(([text, type]) => ({ kind: 'ndjson', type, body: Buffer.from(text) })),
  },
  {
    weight: 2,
    arbitrary: mutated(csvDocument(), 2).map((text) => ({
      kind: 'csv',
      type: 'text/csv',
      body: Buffer.from(text),
    })),
  },
  {
    weight: 2,
    arbitrary: mutated(jsonRecordsDocument, 2).map((text) => ({
      kind: 'json records',
      type: 'application/json',
      body: Buffer.from(text),
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(adversarialInput(), fc.constantFrom(...CONTENT_TYPES))
      .map(([{ kind, value }, type]) => ({ kind, type, body: Buffer.from(value) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(garbageBytes(4_096), fc.constantFrom(...CONTENT_TYPES))
      .map(([bytes, type]) => ({ kind: 'invalid utf-8', type, body: Buffer.from(bytes) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 65, max: 100_000 }), fc.constantFrom(...CONTENT_TYPES))
      .map(([depth, type]) => ({ kind: 'deep json', type, body: Buffer.from(deepJson(depth, true)) })),
  },
);

describe('POST /api/ingest on hostile requests', () => {
  let tenor: TestApp;
  let key: CreatedApiKey;
  let baseUrl: string;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    key = (await tenor.http.post('/api/api-keys').send({ name: 'fuzz', scope: 'ingest' }).expect(201)).body;
    // Real HTTP on a port, not supertest: superagent would serialise a Buffer body sent as JSON instead of sending its bytes.
    const server: Server = tenor.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function stored(): Promise<HealthView> {
    return (await request(tenor.app.getHttpServer()).get('/api/health').expect(200)).body as HealthView;
  }

  /** Posts the bytes as they are; a refused or dropped connection rejects (and fails the property). */
  async function ingest({ type, body }: Sent): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${baseUrl}/api/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.key}`, ...(type === '' ? {} : { 'content-type': type }) },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status !== 429 || attempt >= MAX_RATE_LIMIT_RETRIES)
        return { status: response.status, text, body: parsed(text) };
      await new Promise((resolve) =>
        setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)),
      );
    }
  }

  /** Sends one request and checks the answer: a report that adds up, or a 4xx with a message and nothing stored. */
  async function sendChecked(input: Sent): Promise<void> {
    const before = await stored();
    const response = await recorder.timeAsync(
      describeInput(`${input.kind} as ${input.type || 'no type'}`, input.body),
      () => ingest(input),
    );
    const after = await stored();
    const context = `${input.kind} as "${input.type}" (${input.body.length} bytes): HTTP ${response.status} ${response.text.slice(0, 200)}`;
    if (response.status === 200) {
      const report = response.body as unknown as IngestReport;
      const counts = [
        report.articlesCreated,
        report.commentsCreated,
        report.commentsUpdated,
        report.commentsUnchanged,
        report.rejected,
      ];
      expect({
        context,
        isWellFormed:
          counts.every((count) => Number.isInteger(count) && count >= 0) &&
          report.rejected >= report.errors.length,
      }).toEqual({ context, isWellFormed: true });
      for (const error of report.errors)
        expect({
          context,
          isLocated: Number.isInteger(error.line) && error.line >= 1 && error.reason.trim() !== '',
        }).toEqual({ context, isLocated: true });
      expect({
        context,
        articles: after.articles - before.articles,
        comments: after.comments - before.comments,
      }).toEqual({ context, articles: report.articlesCreated, comments: report.commentsCreated });
      return;
    }
    expect({ context, isClientError: response.status >= 400 && response.status < 500 }).toEqual({
      context,
      isClientError: true,
    });
    const message: unknown = response.body?.message ?? response.text;
    const messages = Array.isArray(message) ? message : [message];
    expect({
      context,
      hasMessage:
        messages.length > 0 && messages.every((line) => typeof line === 'string' && line.trim() !== ''),
    }).toEqual({ context, hasMessage: true });
    expect({ context, articles: after.articles, comments: after.comments }).toEqual({
      context,
      articles: before.articles,
      comments: before.comments,
    });
  }

  it('answers every request with 2xx or a 4xx with a message, storing nothing on a 4xx', async () => {
    await fc.assert(fc.asyncProperty(sent, sendChecked), fuzzParameters());
  });

  it.each<[string, Sent]>([
    [
      'a CSV of good rows under a bad header',
      {
        kind: 'csv',
        type: 'text/csv',
        body: Buffer.from('id,text\nc-1,a-1,Anna,2022-01-27T21:29:00Z,Hallo\n'),
      },
    ],
    [
      'a JSON object instead of an array',
      { kind: 'json', type: 'application/json', body: Buffer.from('{"kind":"comment"}') },
    ],
    [
      'JSON cut off mid-record',
      {
        kind: 'json',
        type: 'application/json',
        body: Buffer.from('[{"kind":"article","externalId":"x","title":"T"},'),
      },
    ],
    [
      'JSON nested 100,000 levels deep',
      { kind: 'deep json', type: 'application/json', body: Buffer.from(deepJson(100_000, true)) },
    ],
    [
      'a record with a field nested 100,000 levels deep',
      {
        kind: 'deep field',
        type: 'application/json',
        body: Buffer.from(
          `[{"kind":"article","externalId":"d","title":"T","publishedAtPrecision":${deepJson(100_000, true)}}]`,
        ),
      },
    ],
    [
      'a JSON body over 10 MB',
      { kind: 'huge json', type: 'application/json', body: Buffer.from(`[${'0,'.repeat(5_500_000)}0]`) },
    ],
    [
      'a 1.1 MB NDJSON line',
      {
        kind: 'long line',
        type: 'application/x-ndjson',
        body: Buffer.from(`{"kind":"article","externalId":"l","title":"${'x'.repeat(1_100_000)}"}`),
      },
    ],
    [
      'bytes that are not UTF-8 as CSV',
      {
        kind: 'invalid utf-8',
        type: 'text/csv',
        body: Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a, 0xed, 0xa0, 0x80]),
      },
    ],
    ['an unsupported type', { kind: 'text', type: 'text/plain', body: Buffer.from('Hallo') }],
  ])('answers %s without storing anything it refuses', async (_case, input) => {
    await sendChecked(input);
  });

  it('keeps serving afterwards: health, and good NDJSON and JSON imports are stored', async () => {
    const before = await stored();
    const article = { kind: 'article', externalId: 'after-fuzz', title: 'Nach dem Fuzzing' };
    const comment = {
      kind: 'comment',
      externalId: 'after-fuzz-1',
      articleExternalId: 'after-fuzz',
      author: 'Anna',
      postedAt: '2022-01-27T21:29:00Z',
      body: 'Noch da.',
    };
    const ndjson = await ingest({
      kind: 'ndjson',
      type: 'application/x-ndjson',
      body: Buffer.from(`${JSON.stringify(article)}\n${JSON.stringify(comment)}`),
    });
    expect(ndjson.body).toMatchObject({ articlesCreated: 1, commentsCreated: 1, rejected: 0 });
    const json = await ingest({
      kind: 'json',
      type: 'application/json',
      body: Buffer.from(JSON.stringify([{ ...comment, externalId: 'after-fuzz-2' }])),
    });
    expect(json.body).toMatchObject({ commentsCreated: 1, rejected: 0 });
    expect(await stored()).toMatchObject({
      status: 'ok',
      articles: before.articles + 1,
      comments: before.comments + 2,
    });
  });
});
