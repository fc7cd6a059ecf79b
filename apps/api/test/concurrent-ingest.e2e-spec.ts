import type { CreatedApiKey, IngestReport } from '@tenor/contracts';
import request from 'supertest';
import { ndjsonCorpus } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const COMMENTS = 3000;

describe('two API instances on one database ingesting the same file at once', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp({ isSeedOnEmpty: false });
    second = await startTestApp({ isSeedOnEmpty: false }, first.config.databasePath.replace(/\/tenor\.sqlite$/, ''));
  });

  afterAll(async () => {
    await second.close();
    await first.remove();
  });

  it('stores each comment once', async () => {
    const key = (await first.http.post('/api/api-keys').send({ name: 'twin', scope: 'ingest' }).expect(201)).body as CreatedApiKey;
    const body = ndjsonCorpus('both', COMMENTS);
    const send = (tenor: TestApp) =>
      request(tenor.app.getHttpServer()).post('/api/ingest').set('Authorization', `Bearer ${key.key}`).set('Content-Type', 'application/x-ndjson').send(body);
    const [one, two] = await Promise.all([send(first), send(second)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    const reports = [one.body, two.body] as IngestReport[];
    for (const report of reports) {
      expect(report.rejected).toBe(0);
      expect(report.commentsCreated + report.commentsUnchanged).toBe(COMMENTS);
    }
    expect((await first.http.get('/api/comments/counts').expect(200)).body.total).toBe(COMMENTS);
    expect((await second.http.get('/api/health').expect(200)).body.comments).toBe(COMMENTS);
  }, 120_000);
});
