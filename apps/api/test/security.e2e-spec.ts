import type { CommentView, CreatedApiKey, IngestReport } from '@tenor/contracts';
import request from 'supertest';
import { cookiesOf } from './support/session-headers';
import { startTestApp, TEST_ADMIN, type TestApp } from './support/test-app';

const CMS_ORIGIN = 'https://cms.example';
const FOREIGN_ORIGIN = 'https://evil.example';
// Ingest requests per key and minute in this app: more than the other tests send with their key, few enough to reach.
const INGEST_PER_MINUTE = 10;

/** Strings that break a query built by concatenation; stored and searched, they must come back verbatim. */
const INJECTIONS = [
  `Robert'); DROP TABLE comments;--`,
  `' OR '1'='1`,
  `" OR 1=1 --`,
  `1; DELETE FROM users WHERE 1=1`,
  `%' UNION SELECT password_hash, username FROM users --`,
  `\\'; SELECT pg_sleep(5); --`,
];

describe('attack surface: headers, CORS, CSRF, body limits, rate limits, injection', () => {
  let tenor: TestApp;
  let key: CreatedApiKey;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false, corsOrigins: [CMS_ORIGIN], ingestRequestsPerMinute: INGEST_PER_MINUTE });
    key = (await tenor.http.post('/api/api-keys').send({ name: 'CMS', scope: 'ingest' }).expect(201)).body;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  const server = () => tenor.app.getHttpServer();
  const ingest = (body: string, secret = key.key) =>
    request(server()).post('/api/ingest').set('Authorization', `Bearer ${secret}`).set('Content-Type', 'application/x-ndjson').send(body);
  const commentCount = async () => (await tenor.http.get('/api/comments/counts').expect(200)).body.total as number;

  describe('security headers', () => {
    it('sends a strict Content-Security-Policy and the other helmet headers, and hides the framework', async () => {
      const response = await request(server()).get('/api/health').expect(200);
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-powered-by']).toBeUndefined();
      // Over plain HTTP (TENOR_SECURE_COOKIE off) there is no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('CORS', () => {
    it('answers a foreign origin without any Access-Control header, on reads and preflights', async () => {
      const read = await request(server()).get('/api/health').set('Origin', FOREIGN_ORIGIN).expect(200);
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await request(server())
        .options('/api/comments/1/decision')
        .set('Origin', FOREIGN_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,x-xsrf-token');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('allows exactly the configured origin, with credentials', async () => {
      const preflight = await request(server())
        .options('/api/ingest')
        .set('Origin', CMS_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,authorization');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(CMS_ORIGIN);
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
      expect(preflight.headers['access-control-allow-headers']).toBe('content-type,authorization,x-xsrf-token');
    });
  });

  describe('CSRF', () => {
    async function freshLogin() {
      const agent = request.agent(server());
      const login = await agent.post('/api/auth/login').send(TEST_ADMIN).expect(200);
      const cookies = cookiesOf(login.get('Set-Cookie') ?? []);
      return { agent, csrf: cookies.get('XSRF-TOKEN') ?? '', session: cookies.get('tenor_session') ?? '' };
    }

    it('hands out a readable XSRF-TOKEN cookie bound to the session, again on /me', async () => {
      const { agent, csrf } = await freshLogin();
      expect(csrf).toMatch(/^[\w-]{40,}$/);
      const setCookie = (await agent.get('/api/auth/me').expect(200)).get('Set-Cookie') ?? [];
      const refreshed = setCookie.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
      expect(refreshed).toBeDefined();
      expect(refreshed).not.toMatch(/HttpOnly/);
      expect(refreshed).toMatch(/SameSite=Strict/);
      expect(cookiesOf(setCookie).get('XSRF-TOKEN')).toBe(csrf);
      const other = await freshLogin();
      expect(other.csrf).not.toBe(csrf);
    });

    it('refuses a cookie-authenticated change without the token, with a wrong one and with another session’s', async () => {
      const { agent, csrf } = await freshLogin();
      const other = await freshLogin();
      const create = () => agent.post('/api/api-keys').send({ name: 'csrf probe', scope: 'ingest' });
      expect((await create().expect(403)).body.message).toMatch(/X-XSRF-TOKEN/);
      await create().set('X-XSRF-TOKEN', 'forged').expect(403);
      await create().set('X-XSRF-TOKEN', other.csrf).expect(403);
      await agent.post('/api/auth/logout').expect(403);
      await agent.get('/api/api-keys').expect(200);
      await create().set('X-XSRF-TOKEN', csrf).expect(201);
      const names = (await tenor.http.get('/api/api-keys').expect(200)).body.map((apiKey: { name: string }) => apiKey.name);
      expect(names.filter((name: string) => name === 'csrf probe')).toHaveLength(1);
    });

    it('needs no token for a bearer API key, which no browser sends on its own', async () => {
      await ingest('{"kind":"article","externalId":"csrf-a","title":"Ohne Cookie","publishedAt":"2024-05-01T08:00:00Z"}').expect(200);
    });

    it('refuses a change, login included, sent from a foreign page’s origin', async () => {
      const login = await request(server()).post('/api/auth/login').set('Origin', FOREIGN_ORIGIN).send(TEST_ADMIN).expect(403);
      expect(login.headers['set-cookie']).toBeUndefined();
      const address = server().address();
      const ownOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      await request(server()).post('/api/auth/login').set('Origin', ownOrigin).set('Host', ownOrigin.slice(7)).send(TEST_ADMIN).expect(200);
      await request(server()).post('/api/auth/login').set('Origin', CMS_ORIGIN).send(TEST_ADMIN).expect(200);
    });
  });

  describe('body-size limits', () => {
    it('refuses a JSON body over 1 MB with 413 and changes nothing', async () => {
      const before = (await tenor.http.get('/api/api-keys').expect(200)).body.length;
      const response = await tenor.http.post('/api/api-keys').send({ name: 'x'.repeat(1_100_000), scope: 'ingest' }).expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, message: expect.stringMatching(/too large/i) });
      expect((await tenor.http.get('/api/api-keys').expect(200)).body.length).toBe(before);
    });

    it('takes a JSON ingest batch of several MB, and refuses one over 10 MB whole', async () => {
      const body = 'Ein langer, aber harmloser Kommentar über die Energiepreise. '.repeat(500);
      const batch = (count: number, prefix: string) => [
        { kind: 'article', externalId: `${prefix}-article`, title: 'Großer Import', publishedAt: '2024-05-01T08:00:00Z' },
        ...Array.from({ length: count }, (_, index) => ({
          kind: 'comment',
          externalId: `${prefix}-${index}`,
          articleExternalId: `${prefix}-article`,
          author: 'Importer',
          postedAt: '2024-05-01T09:00:00Z',
          body,
        })),
      ];
      const before = await commentCount();
      const bigBatch = batch(150, 'big');
      expect(JSON.stringify(bigBatch).length).toBeGreaterThan(4_000_000);
      const report = (
        await request(server()).post('/api/ingest').set('Authorization', `Bearer ${key.key}`).set('Content-Type', 'application/json').send(bigBatch).expect(200)
      ).body as IngestReport;
      expect(report.commentsCreated).toBe(150);
      const tooBig = batch(400, 'huge');
      expect(JSON.stringify(tooBig).length).toBeGreaterThan(10 * 1024 * 1024);
      await request(server()).post('/api/ingest').set('Authorization', `Bearer ${key.key}`).set('Content-Type', 'application/json').send(tooBig).expect(413);
      expect(await commentCount()).toBe(before + 150);
    });
  });

  describe('rate limits', () => {
    it('limits ingest requests per API key with 429 and Retry-After, and the refused request stores nothing', async () => {
      const limited = (await tenor.http.post('/api/api-keys').send({ name: 'busy CMS', scope: 'ingest' }).expect(201)).body as CreatedApiKey;
      const line = (index: number) => `{"kind":"article","externalId":"rate-${index}","title":"Takt ${index}","publishedAt":"2024-05-01T08:00:00Z"}`;
      for (let index = 0; index < INGEST_PER_MINUTE; index++) await ingest(line(index), limited.key).expect(200);
      const refused = await ingest(line(INGEST_PER_MINUTE), limited.key).expect(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.body.message).toMatch(/too many ingest requests/);
      const articles = (await tenor.http.get('/api/articles?limit=200').expect(200)).body;
      const titles = (articles.items ?? articles).map((article: { title: string }) => article.title);
      expect(titles).not.toContain(`Takt ${INGEST_PER_MINUTE}`);
      // Another key has its own allowance.
      await ingest(line(INGEST_PER_MINUTE + 1)).expect(200);
    });
  });

  describe('injection', () => {
    it('stores SQL-injection strings verbatim as text, finds them by search, and drops nothing', async () => {
      const lines = [
        JSON.stringify({ kind: 'article', externalId: `sqli-article`, title: INJECTIONS[0], section: INJECTIONS[1], publishedAt: '2024-05-02T08:00:00Z' }),
        ...INJECTIONS.map((text, index) =>
          JSON.stringify({ kind: 'comment', externalId: `sqli-${index}`, articleExternalId: 'sqli-article', author: text, postedAt: '2024-05-02T09:00:00Z', body: `Kommentar ${index}: ${text}` }),
        ),
      ];
      const before = await commentCount();
      const report = (await request(server()).post('/api/ingest').set('Authorization', `Bearer ${key.key}`).set('Content-Type', 'application/x-ndjson').send(lines.join('\n')).expect(200))
        .body as IngestReport;
      expect(report).toMatchObject({ commentsCreated: INJECTIONS.length, rejected: 0 });
      expect(await commentCount()).toBe(before + INJECTIONS.length);
      for (const [index, text] of INJECTIONS.entries()) {
        const byAuthor = (await tenor.http.get('/api/comments').query({ author: text, limit: 50 }).expect(200)).body.items as CommentView[];
        expect(byAuthor.map((comment) => comment.externalId)).toEqual([`sqli-${index}`]);
        expect(byAuthor[0].author).toBe(text);
        expect(byAuthor[0].body).toBe(`Kommentar ${index}: ${text}`);
        const bySearch = (await tenor.http.get('/api/comments').query({ q: text, limit: 50 }).expect(200)).body.items as CommentView[];
        expect(bySearch.map((comment) => comment.externalId)).toContain(`sqli-${index}`);
      }
      const bySection = (await tenor.http.get('/api/comments').query({ section: INJECTIONS[1], limit: 50 }).expect(200)).body.items as CommentView[];
      expect(bySection).toHaveLength(INJECTIONS.length);
      // The users table is untouched: the admin still signs in.
      await request(server()).post('/api/auth/login').send(TEST_ADMIN).expect(200);
    });

    it('refuses the NUL character, which PostgreSQL cannot store, with 400 naming the field or line, and stores nothing', async () => {
      const before = await commentCount();
      const query = await tenor.http.get('/api/comments').query({ q: 'a\u0000b' }).expect(400);
      expect(query.body.message).toEqual(['q: must not contain the NUL character (U+0000)']);
      const body = await tenor.http.post('/api/api-keys').send({ name: 'nul\u0000key', scope: 'ingest' }).expect(400);
      expect(body.body.message).toEqual(['name: must not contain the NUL character (U+0000)']);
      const lines = [
        JSON.stringify({ kind: 'article', externalId: 'nul-article', title: 'NUL', publishedAt: '2024-05-02T08:00:00Z' }),
        JSON.stringify({ kind: 'comment', externalId: 'nul-1', articleExternalId: 'nul-article', author: 'A', postedAt: '2024-05-02T09:00:00Z', body: 'x\u0000y' }),
      ];
      const report = (await ingest(lines.join('\n')).expect(200)).body as IngestReport;
      expect(report.errors).toEqual([{ line: 2, reason: expect.stringContaining('body must not contain the NUL character') }]);
      expect(await commentCount()).toBe(before);
    });

    it('answers injection in typed query parameters with 400 naming the field', async () => {
      const response = await tenor.http.get('/api/comments').query({ minRisk: "0 OR 1=1", sort: "risk; DROP TABLE comments" }).expect(400);
      expect(response.body.message.join(' ')).toMatch(/minRisk/);
      expect(response.body.message.join(' ')).toMatch(/sort/);
    });
  });
});
