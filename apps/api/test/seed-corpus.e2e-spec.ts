import type { ArticleSummary, CommentPage, CommentView, HealthView } from '@tenor/contracts';
import { startTestApp, type TestApp } from './support/test-app';

describe('first start on an empty database', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp();
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function allComments(): Promise<CommentView[]> {
    const response = await tenor.http.get('/api/comments?limit=200').expect(200);
    return (response.body as CommentPage).items;
  }

  it('ingests the five sample articles with their dates and precision', async () => {
    const response = await tenor.http.get('/api/articles').expect(200);
    const articles = response.body as ArticleSummary[];
    const byFile = new Map(articles.map((article) => [article.externalId.slice(0, 3), article]));
    expect(articles).toHaveLength(5);
    expect(byFile.get('000')).toMatchObject({ publishedAt: '2021-12-31T23:00:00.000Z', publishedAtPrecision: 'month' });
    expect(byFile.get('001')).toMatchObject({ publishedAt: '2021-03-31T22:00:00.000Z', publishedAtPrecision: 'month' });
    expect(byFile.get('003')).toMatchObject({ publishedAt: '2022-01-31T23:00:00.000Z', publishedAtPrecision: 'month' });
    expect(byFile.get('004')).toMatchObject({ publishedAt: '2021-11-30T23:00:00.000Z', publishedAtPrecision: 'month' });
    const inferred = byFile.get('002');
    expect(inferred).toMatchObject({ isPublishedAtInferred: true, commentCount: 4, title: 'Keine Zusage an Moskau für Ende der Nato-Ausweitung' });
    // Inferred from the earliest comment: the start of its Berlin day, 27 January 2022.
    expect(inferred).toMatchObject({ publishedAt: '2022-01-26T23:00:00.000Z', publishedAtPrecision: 'day' });
    expect(inferred?.statusCounts.pending).toBe(4);
  });

  it('stores the four reader comments with authors, Berlin times and titles', async () => {
    const comments = await allComments();
    const byAuthor = new Map(comments.map((comment) => [comment.author, comment]));
    expect([...byAuthor.keys()].sort()).toEqual(['David Ender', 'Ingo Kerp', 'Ole Bayern', 'aurel aurelis']);
    expect(byAuthor.get('David Ender')).toMatchObject({ postedAt: '2022-01-27T21:29:00.000Z', title: 'Das "maechtige" Russland ...' });
    expect(byAuthor.get('Ole Bayern')).toMatchObject({ postedAt: '2022-01-27T15:30:00.000Z', title: 'Herr Aurelis.....' });
    expect(byAuthor.get('aurel aurelis')).toMatchObject({ postedAt: '2022-01-27T15:00:00.000Z', title: 'Bitte eintreten!' });
    expect(byAuthor.get('Ingo Kerp')).toMatchObject({ postedAt: '2022-01-27T14:10:00.000Z', title: null });
    for (const comment of comments) {
      expect(comment.status).toBe('pending');
      expect(comment.language).toBe('de');
      expect(comment.scorerVersion).toEqual(expect.any(String));
    }
  });

  it("flags Ingo Kerp's annihilation fantasy as a threat, with evidence, as the riskiest comment", async () => {
    const comments = await allComments();
    const ingo = comments.find((comment) => comment.author === 'Ingo Kerp') as CommentView;
    const threat = ingo.risk.categories.threat;
    expect(threat.flagged).toBe(true);
    expect(threat.evidence.map((span) => span.text).join(' ')).toContain('Weltkarte verschwunden');
    for (const span of threat.evidence) {
      expect(ingo.body.slice(span.start, span.end)).toBe(span.text);
    }
    const others = comments.filter((comment) => comment !== ingo);
    expect(Math.max(...others.map((comment) => comment.risk.score))).toBeLessThan(ingo.risk.score);
    expect(comments[0].author).toBe('Ingo Kerp');
  });

  it("labels David Ender's comment negative", async () => {
    const comments = await allComments();
    const david = comments.find((comment) => comment.author === 'David Ender') as CommentView;
    expect(david.sentiment.label).toBe('negative');
    expect(david.sentiment.compound).toBeLessThan(-0.05);
    expect(david.sentiment.pos + david.sentiment.neu + david.sentiment.neg).toBeCloseTo(1, 2);
  });

  it('reports health with real counts', async () => {
    const response = await tenor.http.get('/api/health').expect(200);
    expect(response.body as HealthView).toMatchObject({ status: 'ok', database: 'ok', articles: 5, comments: 4 });
  });

  it('serves the OpenAPI document', async () => {
    const response = await tenor.http.get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/comments', '/api/comments/batch', '/api/comments/{id}/decision', '/api/trends/comments', '/api/alerts']),
    );
  });
});
