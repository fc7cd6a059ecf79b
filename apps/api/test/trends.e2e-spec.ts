import type { TonePoint } from '@tenor/contracts';
import { makeArticle, makeComment } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('tone over time', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('t-1')).expect(200);
    await tenor.http.post('/api/articles').send(makeArticle('t-2')).expect(200);
    await tenor.http
      .post('/api/comments/batch')
      .send({
        comments: [
          // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin.
          makeComment('t-late', 't-1', { postedAt: '2024-03-09T23:30:00.000Z', body: 'Großartig, ein wunderbarer und kluger Artikel!' }),
          makeComment('t-a', 't-1', { postedAt: '2024-03-10T10:00:00.000Z', body: 'Was für ein schrecklicher, dummer Unsinn.' }),
          makeComment('t-b', 't-2', { postedAt: '2024-03-11T10:00:00.000Z', body: 'Heute ist Dienstag.' }),
        ],
      })
      .expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  it('buckets comments by Berlin day with mean tone and label shares', async () => {
    const series = (await tenor.http.get('/api/trends/tone').expect(200)).body as TonePoint[];
    expect(series.map((point) => [point.day, point.count])).toEqual([
      ['2024-03-10', 2],
      ['2024-03-11', 1],
    ]);
    const [tenth] = series;
    expect(tenth.positiveShare + tenth.neutralShare + tenth.negativeShare).toBeCloseTo(1, 10);
    expect(tenth.positiveShare).toBeCloseTo(0.5, 10);
    expect(tenth.negativeShare).toBeCloseTo(0.5, 10);
    const comments = (await tenor.http.get('/api/comments?articleId=1&limit=10').expect(200)).body.items as { sentiment: { compound: number } }[];
    const mean = comments.reduce((sum, comment) => sum + comment.sentiment.compound, 0) / comments.length;
    expect(tenth.meanCompound).toBeCloseTo(mean, 10);
  });

  it('filters by day range and article', async () => {
    const ranged = (await tenor.http.get('/api/trends/tone?from=2024-03-11&to=2024-03-12').expect(200)).body as TonePoint[];
    expect(ranged.map((point) => point.day)).toEqual(['2024-03-11']);
    const article = (await tenor.http.get('/api/trends/tone?articleId=2').expect(200)).body as TonePoint[];
    expect(article).toEqual([expect.objectContaining({ day: '2024-03-11', count: 1 })]);
    const bad = await tenor.http.get('/api/trends/tone?from=10.03.2024').expect(400);
    expect(bad.body.message[0]).toMatch(/^from: /);
  });
});
