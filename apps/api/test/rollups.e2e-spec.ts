import type { CommentTrendPoint, TrendSeries } from '@tenor/contracts';
import { DataSource } from 'typeorm';
import { RollupService } from '../src/trends/rollup.service';
import { rollupLines } from './support/rollup-lines';
import { startTestApp, type TestApp } from './support/test-app';

const SECTIONS = ['Politik', 'Sport', null] as const;
const BODIES = [
  'Sehr guter Artikel, danke für die Recherche!',
  'Das ist doch völliger Unsinn, du Vollidiot.',
  'Die Sitzung ist am Donnerstag um 18 Uhr.',
  'Diese Drecksregierung lügt doch nur noch, die gehören an die Wand gestellt.',
  'What a wonderful and thoughtful piece, thank you!',
  'Gratis Gutschein unter http://bit.example/gratis !!!',
];

/** NDJSON: articles in several sections, comments in two languages over days that cross the March clock change. */
function corpus(comments: number, bodyOffset = 0): string {
  const lines: string[] = [];
  for (let article = 0; article < 6; article++) {
    const section = SECTIONS[article % SECTIONS.length];
    lines.push(JSON.stringify({ kind: 'article', externalId: `r-a${article}`, title: `Artikel ${article}`, ...(section ? { section } : {}) }));
  }
  for (let index = 0; index < comments; index++) {
    const body = BODIES[(index + bodyOffset) % BODIES.length];
    lines.push(
      JSON.stringify({
        kind: 'comment',
        externalId: `r-c${index}`,
        articleExternalId: `r-a${index % 6}`,
        author: `Leser ${index % 17}`,
        // Every 47 minutes from 29 March 2024 (the clock changes on the 31st).
        postedAt: new Date(Date.UTC(2024, 2, 29) + index * 47 * 60_000).toISOString(),
        body,
        ...(body.startsWith('What') ? { language: 'en' } : {}),
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('trend rollups stay exact: what ingest, edits and decisions keep equals a recount of the raw rows', () => {
  let tenor: TestApp;
  let rollups: RollupService;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    rollups = tenor.app.get(RollupService);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  const ingest = async (ndjson: string) => {
    const response = await tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(ndjson).expect(200);
    expect(response.body.rejected).toBe(0);
    return response.body;
  };

  it('matches after a bulk ingest, a retried one, and edits that re-score comments', async () => {
    expect((await ingest(corpus(400))).commentsCreated).toBe(400);
    expect((await ingest(corpus(400))).commentsUnchanged).toBe(400);
    // The same ids with other texts: every comment is re-scored, its old counts taken away and the new added.
    expect((await ingest(corpus(120, 3))).commentsUpdated).toBe(120);
    const stored = await rollups.stored();
    expect(rollupLines(stored)).toEqual(rollupLines(await rollups.recompute()));
    expect(stored.get('comment_rollup_days')?.size).toBeGreaterThan(5);
  });

  it('matches after single, bulk and undone decisions', async () => {
    const ids = ((await tenor.http.get('/api/comments?limit=60&sort=time').expect(200)).body.items as { id: number }[]).map((item) => item.id);
    for (const id of ids.slice(0, 10)) await tenor.http.post(`/api/comments/${id}/decision`).send({ action: 'approve' }).expect(200);
    await tenor.http.post(`/api/comments/${ids[0]}/undo`).send({}).expect(200);
    await tenor.http
      .post('/api/comments/bulk-decision')
      .send({ action: 'reject', reason: 'insult', ids: ids.slice(10, 40), expectedCount: 30 })
      .expect(200);
    const moderator = await tenor.signInAs('moderator');
    await moderator.post(`/api/comments/${ids[50]}/decision`).send({ action: 'escalate' }).expect(200);
    const stored = await rollups.stored();
    expect(rollupLines(stored)).toEqual(rollupLines(await rollups.recompute()));
    const decisions = [...(stored.get('decision_rollup_days')?.values() ?? [])].reduce((sum, values) => sum + values.reduce((a, b) => a + b, 0), 0);
    expect(decisions).toBe(10 + 1 + 30 + 1);
  });

  it('gives series whose totals equal the stored comments, whatever the bucket', async () => {
    const total = Number((await tenor.app.get(DataSource).query('SELECT COUNT(*) AS n FROM comments'))[0].n);
    for (const bucket of ['hour', 'day', 'week']) {
      const series = (await tenor.http.get(`/api/trends/comments?from=2024-03-25&to=2024-04-22&bucket=${bucket}`).expect(200)).body as TrendSeries<CommentTrendPoint>;
      expect(series.points.reduce((sum, point) => sum + point.count, 0)).toBe(total);
    }
  });

  it('are rebuilt from the raw rows when a database from before the rollups starts', async () => {
    const before = rollupLines(await rollups.stored());
    const dataSource = tenor.app.get(DataSource);
    for (const table of before.map((line) => line.split(' ')[0]).filter((table, index, all) => all.indexOf(table) === index)) {
      await dataSource.query(`DELETE FROM ${table}`);
    }
    await dataSource.query(`DELETE FROM settings WHERE key = 'rollups'`);
    expect(rollupLines(await rollups.stored())).toEqual([]);
    await rollups.onApplicationBootstrap();
    expect(rollupLines(await rollups.stored())).toEqual(before);
    // Built once: a second start leaves them alone.
    await rollups.onApplicationBootstrap();
    expect(rollupLines(await rollups.stored())).toEqual(before);
  });
});
