import type { AuditPage, BulkDecisionResult, CommentContext, CommentPage, DecisionResult, QueueCounts } from '@tenor/contracts';
import { makeArticle, makeComment } from './support/fixtures';
import { type Agent, startTestApp, type TestApp } from './support/test-app';

describe('moderator workflow: sections, search, undo, bulk, audit log, detail', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('politik-1', { section: 'Politik', title: 'Haushalt beschlossen' })).expect(200);
    await tenor.http.post('/api/articles').send(makeArticle('sport-1', { section: 'Sport', title: 'Derby am Samstag' })).expect(200);
    await tenor.http
      .post('/api/comments/batch')
      .send({
        comments: [
          ...Array.from({ length: 6 }, (_, index) =>
            makeComment(`p-${index}`, 'politik-1', {
              author: index % 2 === 0 ? 'Stammleser' : 'Gast',
              postedAt: `2024-03-01T1${index}:00:00.000Z`,
              body: index < 3 ? `Du bist ein Vollidiot, Nummer ${index}` : `Die Haushaltsdebatte war sachlich, Beitrag ${index}`,
            }),
          ),
          ...Array.from({ length: 3 }, (_, index) =>
            makeComment(`s-${index}`, 'sport-1', { postedAt: `2024-03-02T1${index}:00:00.000Z`, body: `Das Derby wird spannend, Tipp ${index}` }),
          ),
        ],
      })
      .expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function page(agent: Agent, query: string): Promise<CommentPage> {
    return (await agent.get(`/api/comments?limit=200&${query}`).expect(200)).body;
  }

  it('limits a moderator with sections to their sections: lists, counts, articles, single comments, decisions', async () => {
    const sportModerator = await tenor.signInAs('moderator', ['Sport']);
    const visible = await page(sportModerator, '');
    expect(visible.items.map((comment) => comment.externalId).sort()).toEqual(['s-0', 's-1', 's-2']);
    expect(((await sportModerator.get('/api/comments/counts').expect(200)).body as QueueCounts).total).toBe(3);
    expect((await sportModerator.get('/api/articles').expect(200)).body.map((article: { section: string }) => article.section)).toEqual(['Sport']);
    const politik = (await page(tenor.http, 'section=Politik')).items[0];
    await sportModerator.get(`/api/comments/${politik.id}`).expect(403);
    await sportModerator.post(`/api/comments/${politik.id}/decision`).send({ action: 'approve' }).expect(403);
    const unlimited = await tenor.signInAs('moderator');
    expect((await page(unlimited, '')).items).toHaveLength(9);
  });

  it('searches full text (umlauts and prefixes), filters by author, section and risk range, sorts by article', async () => {
    expect((await page(tenor.http, 'q=haushaltsdeb')).items.map((comment) => comment.externalId).sort()).toEqual(['p-3', 'p-4', 'p-5']);
    expect((await page(tenor.http, 'q=derby%20tipp')).items).toHaveLength(3);
    expect((await page(tenor.http, 'q=%22%20OR%20*')).items).toEqual([]);
    expect((await page(tenor.http, 'author=Stammleser')).items.map((comment) => comment.externalId).sort()).toEqual(['p-0', 'p-2', 'p-4']);
    expect((await page(tenor.http, 'section=Sport')).items).toHaveLength(3);
    const risky = await page(tenor.http, 'minRisk=0.5');
    expect(risky.items.length).toBeGreaterThanOrEqual(3);
    expect(risky.items.every((comment) => comment.risk.score >= 0.5)).toBe(true);
    const calm = await page(tenor.http, 'maxRisk=0.1');
    expect(calm.items.every((comment) => comment.risk.score <= 0.1)).toBe(true);
    const byArticle = (await tenor.http.get('/api/comments?sort=article&limit=4').expect(200)).body as CommentPage;
    expect(byArticle.items.map((comment) => comment.articleId)).toEqual([2, 2, 2, 1]);
    const next = (await tenor.http.get(`/api/comments?sort=article&limit=4&cursor=${byArticle.nextCursor}`).expect(200)).body as CommentPage;
    expect(next.items.map((comment) => comment.articleId)).toEqual([1, 1, 1, 1]);
  });

  it('undoes the latest decision as a new audit event', async () => {
    const target = (await page(tenor.http, 'section=Sport')).items[0];
    await tenor.http.post(`/api/comments/${target.id}/decision`).send({ action: 'reject', reason: 'spam' }).expect(200);
    const undone = (await tenor.http.post(`/api/comments/${target.id}/undo`).send({}).expect(200)).body as DecisionResult;
    expect(undone.comment.status).toBe('pending');
    expect(undone.event).toMatchObject({ action: 'undo', fromStatus: 'rejected', toStatus: 'pending' });
    const events = (await tenor.http.get(`/api/comments/${target.id}/events`).expect(200)).body;
    expect(events.map((event: { action: string }) => event.action)).toEqual(['reject', 'undo']);
    const fresh = (await page(tenor.http, 'section=Sport')).items[1];
    await tenor.http.post(`/api/comments/${fresh.id}/undo`).send({}).expect(400);
  });

  it('decides everything on an article within a risk range at once, after confirming the count', async () => {
    const filter = { articleId: 1, minRisk: 0.5, status: 'pending' };
    const preview = (await tenor.http.post('/api/comments/bulk-decision/preview').send({ filter }).expect(200)).body.count as number;
    expect(preview).toBe(3);
    const stale = await tenor.http
      .post('/api/comments/bulk-decision')
      .send({ action: 'reject', reason: 'insult', filter, expectedCount: preview + 1 })
      .expect(409);
    expect(stale.body.count).toBe(preview);
    expect((await page(tenor.http, 'articleId=1&status=rejected')).items).toEqual([]);
    const result = (
      await tenor.http.post('/api/comments/bulk-decision').send({ action: 'reject', reason: 'insult', note: 'Sammelentscheidung', filter, expectedCount: preview }).expect(200)
    ).body as BulkDecisionResult;
    expect(result).toEqual({ decided: 3, unchanged: 0 });
    const rejected = await page(tenor.http, 'articleId=1&status=rejected');
    expect(rejected.items).toHaveLength(3);
    for (const comment of rejected.items) {
      const events = (await tenor.http.get(`/api/comments/${comment.id}/events`).expect(200)).body;
      expect(events).toEqual([expect.objectContaining({ action: 'reject', reason: 'insult', note: 'Sammelentscheidung', actor: 'admin' })]);
    }
  });

  it('decides selected ids, counts the already-decided as unchanged, and refuses unknown ids', async () => {
    const ids = (await page(tenor.http, 'articleId=1')).items.map((comment) => comment.id);
    const result = (await tenor.http.post('/api/comments/bulk-decision').send({ action: 'reject', reason: 'other', ids, expectedCount: ids.length }).expect(200))
      .body as BulkDecisionResult;
    expect(result).toEqual({ decided: 3, unchanged: 3 });
    const unknown = await tenor.http.post('/api/comments/bulk-decision').send({ action: 'approve', ids: [ids[0], 999999], expectedCount: 2 }).expect(400);
    expect(unknown.body.message[0]).toMatch(/999999/);
    await tenor.http.post('/api/comments/bulk-decision').send({ action: 'approve', expectedCount: 1 }).expect(400);
    await tenor.http.post('/api/comments/bulk-decision').send({ action: 'reject', ids, expectedCount: ids.length }).expect(400);
  });

  it('keeps an audit log filterable by user, action and reason, exportable as CSV', async () => {
    const editor = await tenor.signInAs('editor');
    const rejects = (await editor.get('/api/audit?action=reject&reason=insult').expect(200)).body as AuditPage;
    expect(rejects.items).toHaveLength(3);
    expect(rejects.items[0]).toMatchObject({ actor: 'admin', articleTitle: 'Haushalt beschlossen', commentAuthor: expect.any(String) });
    const firstPage = (await editor.get('/api/audit?limit=2').expect(200)).body as AuditPage;
    const secondPage = (await editor.get(`/api/audit?limit=2&cursor=${firstPage.nextCursor}`).expect(200)).body as AuditPage;
    expect(secondPage.items[0].id).toBeLessThan(firstPage.items[1].id);
    expect((await editor.get('/api/audit?actor=nobody').expect(200)).body.items).toEqual([]);
    const csv = await editor.get('/api/audit.csv?action=reject&reason=insult').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,fromStatus,toStatus,reason,note,commentId,commentAuthor,articleId,articleTitle');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(',admin,reject,pending,rejected,insult,Sammelentscheidung,');
  });

  it('shows a comment with its article, trail, author history and neighbours', async () => {
    const comment = (await page(tenor.http, 'author=Stammleser&sort=time')).items[1];
    const context = (await tenor.http.get(`/api/comments/${comment.id}/context`).expect(200)).body as CommentContext;
    expect(context.comment.id).toBe(comment.id);
    expect(context.article).toMatchObject({ id: 1, section: 'Politik', title: 'Haushalt beschlossen' });
    // p-2: rejected for insult by the risk-range bulk, then left unchanged by the id bulk.
    expect(context.events.map((event) => `${event.action}:${event.reason}`)).toEqual(['reject:insult']);
    expect(context.authorHistory).toMatchObject({ author: 'Stammleser', total: 3 });
    expect(context.authorHistory.statusCounts.rejected).toBe(3);
    expect(context.authorHistory.recentEvents.length).toBeGreaterThan(0);
    expect(context.authorHistory.series.map((point) => point.count).reduce((sum, count) => sum + count, 0)).toBe(3);
    const neighbourTimes = context.neighbours.map((neighbour) => neighbour.postedAt);
    expect(neighbourTimes).toEqual([...neighbourTimes].sort());
    expect(context.neighbours.map((neighbour) => neighbour.id)).toContain(comment.id);
    expect(context.neighbours.every((neighbour) => neighbour.articleId === 1)).toBe(true);
  });
});
