import type { ArticleTrendDetail, ArticleTrendPage, CommentTrendPoint, DecisionTrendPoint, TrendExtent, TrendSeries } from '@tenor/contracts';
import { makeArticle, makeComment } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

type CommentSeries = TrendSeries<CommentTrendPoint>;

describe('trend series from the rollups', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('t-1', { section: 'Politik' })).expect(200);
    await tenor.http.post('/api/articles').send(makeArticle('t-2', { section: 'Sport' })).expect(200);
    await tenor.http
      .post('/api/comments/batch')
      .send({
        comments: [
          // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin.
          makeComment('t-late', 't-1', { postedAt: '2024-03-09T23:30:00.000Z', body: 'Großartig, ein wunderbarer und kluger Artikel!' }),
          makeComment('t-a', 't-1', { postedAt: '2024-03-10T10:00:00.000Z', body: 'Was für ein schrecklicher, dummer Unsinn, du Vollidiot.' }),
          makeComment('t-b', 't-2', { postedAt: '2024-03-11T10:00:00.000Z', body: 'Heute ist Dienstag.' }),
          makeComment('t-en', 't-2', { postedAt: '2024-03-11T11:00:00.000Z', body: 'What a wonderful and great match, I love it!', language: 'en' }),
        ],
      })
      .expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  const comments = async (query: string) => (await tenor.http.get(`/api/trends/comments?${query}`).expect(200)).body as CommentSeries;

  it('buckets comments by Berlin day, empty days included, with mean tone, label shares and flags', async () => {
    const series = await comments('from=2024-03-09&to=2024-03-13&bucket=day');
    expect(series.points.map((point) => [point.label, point.count])).toEqual([
      ['2024-03-09', 0],
      ['2024-03-10', 2],
      ['2024-03-11', 2],
      ['2024-03-12', 0],
    ]);
    const tenth = series.points[1];
    expect(tenth.start).toBe('2024-03-09T23:00:00.000Z');
    expect(tenth.positiveShare + tenth.neutralShare + tenth.negativeShare).toBeCloseTo(1, 10);
    expect(tenth.positiveShare).toBeCloseTo(0.5, 10);
    expect(tenth.negativeShare).toBeCloseTo(0.5, 10);
    expect(tenth.flagged).toBe(1);
    expect(tenth.categories.insult).toBe(1);
    const stored = (await tenor.http.get('/api/comments?articleId=1&limit=10').expect(200)).body.items as { sentiment: { compound: number } }[];
    const mean = stored.reduce((sum, comment) => sum + comment.sentiment.compound, 0) / stored.length;
    expect(tenth.meanCompound).toBeCloseTo(mean, 10);
    expect(series.points[0].meanCompound).toBeNull();
    expect(series.previous).toBeNull();
  });

  it('gives hourly buckets in Berlin time and weekly ones from Monday', async () => {
    const hourly = await comments('from=2024-03-10&to=2024-03-11&bucket=hour');
    expect(hourly.points).toHaveLength(24);
    expect(hourly.points[0]).toMatchObject({ label: '2024-03-10 00:00', start: '2024-03-09T23:00:00.000Z', count: 1 });
    expect(hourly.points[11]).toMatchObject({ label: '2024-03-10 11:00', count: 1 });
    const weekly = await comments('from=2024-03-04&to=2024-03-18&bucket=week');
    expect(weekly.points.map((point) => [point.label, point.count])).toEqual([
      ['2024-03-04', 2],
      ['2024-03-11', 2],
    ]);
  });

  it('filters by section, article and language', async () => {
    const range = 'from=2024-03-09&to=2024-03-13';
    const total = (series: CommentSeries) => series.points.reduce((sum, point) => sum + point.count, 0);
    expect(total(await comments(`${range}&section=Sport`))).toBe(2);
    expect(total(await comments(`${range}&articleId=1`))).toBe(2);
    expect(total(await comments(`${range}&articleId=1&section=Sport`))).toBe(0);
    expect(total(await comments(`${range}&language=en`))).toBe(1);
    expect(total(await comments(`${range}&bucket=hour&articleId=2&language=de`))).toBe(1);
  });

  it('reads a bare day in the comment list as a Berlin day, like the series', async () => {
    const items = (await tenor.http.get('/api/comments?from=2024-03-10&to=2024-03-11&sort=time').expect(200)).body.items as { externalId: string }[];
    expect(items.map((item) => item.externalId).sort()).toEqual(['t-a', 't-late']);
  });

  it('adds the previous period of the same length when asked to compare', async () => {
    const series = await comments('from=2024-03-11&to=2024-03-13&compare=true');
    expect(series.previous?.map((point) => [point.label, point.count])).toEqual([
      ['2024-03-09', 0],
      ['2024-03-10', 2],
    ]);
  });

  it('defaults to the 30 days up to the newest comment', async () => {
    const extent = (await tenor.http.get('/api/trends/extent').expect(200)).body as TrendExtent;
    expect(extent).toEqual({ firstDay: '2024-03-10', lastDay: '2024-03-11' });
    const series = await comments('');
    expect(series.query).toMatchObject({ from: '2024-02-11', to: '2024-03-12', bucket: 'day' });
  });

  it('exports the same series as CSV', async () => {
    const response = await tenor.http.get('/api/trends/comments?from=2024-03-10&to=2024-03-12&format=csv').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="tenor-comments-day-2024-03-10-2024-03-12.csv"/);
    const lines = response.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^label,start,end,count,mean_compound/);
    expect(lines[1]).toMatch(/^2024-03-10,2024-03-09T23:00:00.000Z,2024-03-10T23:00:00.000Z,2,/);
  });

  it('counts decisions by the time they were taken', async () => {
    const ids = ((await tenor.http.get('/api/comments?articleId=2&limit=10').expect(200)).body.items as { id: number }[]).map((item) => item.id);
    await tenor.http.post(`/api/comments/${ids[0]}/decision`).send({ action: 'approve' }).expect(200);
    await tenor.http.post(`/api/comments/${ids[1]}/decision`).send({ action: 'reject', reason: 'spam' }).expect(200);
    await tenor.http.post(`/api/comments/${ids[1]}/undo`).send({}).expect(200);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const series = (await tenor.http.get(`/api/trends/decisions?from=${from}&to=${tomorrow}`).expect(200)).body as TrendSeries<DecisionTrendPoint>;
    const totals = series.points.reduce((sum, point) => ({ approve: sum.approve + point.actions.approve, reject: sum.reject + point.actions.reject, undo: sum.undo + point.actions.undo }), { approve: 0, reject: 0, undo: 0 });
    expect(totals).toEqual({ approve: 1, reject: 1, undo: 1 });
    expect(series.points.some((point) => point.label === today || point.total > 0)).toBe(true);
    const sport = (await tenor.http.get(`/api/trends/decisions?from=${from}&to=${tomorrow}&section=Politik`).expect(200)).body as TrendSeries<DecisionTrendPoint>;
    expect(sport.points.every((point) => point.total === 0)).toBe(true);
  });

  it('ranks articles and describes one with its timeline and evidence terms', async () => {
    const page = (await tenor.http.get('/api/trends/articles?from=2024-03-01&to=2024-03-31&minComments=1&sort=negativeShare').expect(200)).body as ArticleTrendPage;
    expect(page.items.map((item) => [item.title, item.count, item.negativeShare])).toEqual([
      ['Artikel t-1', 2, 0.5],
      ['Artikel t-2', 2, 0],
    ]);
    expect(page.items[0]).toMatchObject({ section: 'Politik', isPremoderated: false, openAlerts: 0, flaggedShare: 0.5 });
    const csv = await tenor.http.get('/api/trends/articles?from=2024-03-01&to=2024-03-31&minComments=1&format=csv').expect(200);
    expect(csv.text.split('\r\n')[1]).toMatch(/^1,Artikel t-1,Politik,/);
    const detail = (await tenor.http.get('/api/trends/articles/1').expect(200)).body as ArticleTrendDetail;
    expect(detail).toMatchObject({ articleId: 1, title: 'Artikel t-1', bucket: 'hour', publishedAt: '2024-03-01T09:00:00.000Z' });
    expect(detail.points.reduce((sum, point) => sum + point.count, 0)).toBe(2);
    expect(detail.topTerms).toContainEqual(expect.objectContaining({ category: 'insult', term: 'vollidiot', count: 1 }));
    await tenor.http.get('/api/trends/articles/999').expect(404);
  });

  it('refuses impossible queries with the field named', async () => {
    const message = async (query: string) => (await tenor.http.get(`/api/trends/comments?${query}`).expect(400)).body.message[0] as string;
    expect(await message('from=10.03.2024')).toMatch(/^from: /);
    expect(await message('from=2024-03-12&to=2024-03-10')).toMatch(/^to: must be after from/);
    expect(await message('from=2024-01-01&to=2024-03-01&bucket=hour')).toMatch(/^bucket: an hourly series spans at most 31 days/);
    expect(await message('bucket=month')).toMatch(/^bucket: /);
    expect(await message('from=2024-02-30&to=2024-03-10')).toMatch(/^from: /);
  });

  it('switches an article to pre-moderation', async () => {
    const updated = await tenor.http.patch('/api/articles/2').send({ isPremoderated: true }).expect(200);
    expect(updated.body.isPremoderated).toBe(true);
    expect((await tenor.http.get('/api/articles/2').expect(200)).body.isPremoderated).toBe(true);
    const bad = await tenor.http.patch('/api/articles/2').send({ isPremoderated: 'yes' }).expect(400);
    expect(bad.body.message[0]).toMatch(/^isPremoderated: /);
    await tenor.http.patch('/api/articles/999').send({ isPremoderated: true }).expect(404);
  });
});
