import type { CreatedApiKey, IngestReport } from '@tenor/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

const NDJSON = [
  '{"kind":"article","externalId":"n-1","title":"Energiepreise steigen","section":"Wirtschaft","publishedAt":"2024-05-01T08:00:00Z"}',
  '{"kind":"comment","externalId":"nc-1","articleExternalId":"n-1","author":"Anna","postedAt":"2024-05-01T09:00:00Z","body":"Das war absehbar."}',
  '{"kind":"comment","externalId":"nc-2","articleExternalId":"n-1","author":"","postedAt":"2024-05-01T09:05:00Z","body":"Leerer Autor"}',
  'this is not json',
  '',
  '{"kind":"comment","externalId":"nc-3","articleExternalId":"missing","author":"Bob","postedAt":"2024-05-01T09:10:00Z","body":"Wohin damit?"}',
  '{"kind":"comment","externalId":"nc-4","articleExternalId":"n-1","author":"Cem","postedAt":"2024-05-01T09:20:00Z","body":"Du Vollidiot!"}',
].join('\n');

describe('bulk ingestion: POST /api/ingest', () => {
  let tenor: TestApp;
  let key: CreatedApiKey;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    key = (await tenor.http.post('/api/api-keys').send({ name: 'CMS export', scope: 'ingest' }).expect(201)).body;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  function ingest(body: string, type: string, secret = key.key) {
    return request(tenor.app.getHttpServer()).post('/api/ingest').set('Authorization', `Bearer ${secret}`).set('Content-Type', type).send(body);
  }

  it('stores the valid NDJSON lines and reports each rejected one with its line number and reason', async () => {
    const report = (await ingest(NDJSON, 'application/x-ndjson').expect(200)).body as IngestReport;
    expect(report).toMatchObject({ articlesCreated: 1, commentsCreated: 2, commentsUpdated: 0, commentsUnchanged: 0, rejected: 3 });
    expect(report.errors).toEqual([
      { line: 3, reason: expect.stringContaining('author') },
      { line: 4, reason: expect.stringContaining('invalid JSON') },
      { line: 6, reason: expect.stringContaining('no article with external id "missing"') },
    ]);
    const stored = (await tenor.http.get('/api/comments?articleId=1&limit=10').expect(200)).body.items;
    expect(stored.map((comment: { externalId: string }) => comment.externalId).sort()).toEqual(['nc-1', 'nc-4']);
  });

  it('creates nothing twice when the same file is sent again, and re-scores an edited comment', async () => {
    const again = (await ingest(NDJSON, 'application/x-ndjson').expect(200)).body as IngestReport;
    expect(again).toMatchObject({ articlesCreated: 0, commentsCreated: 0, commentsUpdated: 0, commentsUnchanged: 2, rejected: 3 });
    const edited = NDJSON.replace('Das war absehbar.', 'Das war absehbar, ihr Idioten.');
    const report = (await ingest(edited, 'application/x-ndjson').expect(200)).body as IngestReport;
    expect(report).toMatchObject({ commentsCreated: 0, commentsUpdated: 1, commentsUnchanged: 1 });
    expect((await tenor.http.get('/api/comments/counts').expect(200)).body.total).toBe(2);
  });

  it('takes CSV with article columns and quoted multi-line fields', async () => {
    const csv = [
      'externalId,articleExternalId,author,postedAt,title,body,articleTitle,articleSection',
      'cc-1,c-art,Dora,2024-05-02T10:00:00Z,,"Erste Zeile,\nzweite Zeile",Wahlabend,Politik',
      'cc-2,c-art,Emil,2024-05-02T10:05:00Z,Titel,"Er sagte ""Nein""",Wahlabend,Politik',
      'cc-3,c-art,Emil,kein Datum,,Text,Wahlabend,Politik',
    ].join('\r\n');
    const report = (await ingest(csv, 'text/csv').expect(200)).body as IngestReport;
    expect(report).toMatchObject({ articlesCreated: 1, commentsCreated: 2, rejected: 1 });
    expect(report.errors).toEqual([{ line: 5, reason: expect.stringContaining('postedAt') }]);
    const comments = (await tenor.http.get('/api/comments?section=Politik&sort=time&limit=10').expect(200)).body.items;
    expect(comments.map((comment: { body: string }) => comment.body)).toEqual(['Er sagte "Nein"', 'Erste Zeile,\nzweite Zeile']);
    const badHeader = await ingest('id,text\n1,hallo', 'text/csv').expect(400);
    expect(badHeader.body.message[0]).toMatch(/^line 1: /);
  });

  it('takes a JSON array of records, reporting bad ones by position', async () => {
    const records = [
      { kind: 'comment', externalId: 'jc-1', articleExternalId: 'n-1', author: 'Fe', postedAt: '2024-05-03T10:00:00Z', body: 'Gut so.' },
      { kind: 'comment', externalId: 'jc-2', articleExternalId: 'n-1', author: 'Fe', postedAt: 'gestern', body: 'Na ja.' },
      { kind: 'poll', externalId: 'x' },
    ];
    const report = (await ingest(JSON.stringify(records), 'application/json').expect(200)).body as IngestReport;
    expect(report).toMatchObject({ commentsCreated: 1, rejected: 2 });
    expect(report.errors.map((error) => error.line)).toEqual([2, 3]);
    await ingest('{"not":"an array"}', 'application/json').expect(400);
    await ingest('plain text', 'text/plain').expect(415);
  });

  it('accepts only live keys of the ingest scope, and keys only where ingestion is allowed', async () => {
    await ingest(NDJSON, 'application/x-ndjson', 'tnr_not-a-key').expect(401);
    await request(tenor.app.getHttpServer()).get('/api/comments').set('Authorization', `Bearer ${key.key}`).expect(401);
    const keys = (await tenor.http.get('/api/api-keys').expect(200)).body;
    expect(keys[0]).toMatchObject({ name: 'CMS export', scope: 'ingest', createdBy: 'admin', revokedAt: null, prefix: key.key.slice(0, 12) });
    expect(keys[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(keys)).not.toContain(key.key);
    await tenor.http.delete(`/api/api-keys/${key.apiKey.id}`).expect(200);
    await ingest(NDJSON, 'application/x-ndjson').expect(401);
    const editor = await tenor.signInAs('editor');
    await editor.get('/api/api-keys').expect(403);
    await editor.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(NDJSON).expect(403);
  });
});
