import type { CommentPage, CommentView, CreateResult, ModelOverview } from '@tenor/contracts';
import { ModelActivations } from '../src/model/model-activations';
import { moderatedSiteComments, SITE_PHRASE } from '../src/model/testing/moderated-site';
import { makeArticle, makeComment } from './support/fixtures';
import { type Agent, startTestApp, type TestApp } from './support/test-app';

const SITE_COMMENTS = 300;
// Ordinary comments the moderators reject as spam: not offensive language, so not learned from.
const SPAM_REJECTIONS = 3;
const WITH_PHRASE = `Der Kanzler ist ein ${SITE_PHRASE}.`;
const ORDINARY = 'Der Kanzler hat in diesem Punkt recht.';

describe('the offense model learns from the moderators', () => {
  let tenor: TestApp;
  let moderator: Agent;
  let siteIds: number[];
  let shippedScore: number;
  const activated: number[] = [];
  let probeCount = 0;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false, scoringWorkers: 1 });
    tenor.app.get(ModelActivations).onActivated((version) => void activated.push(version));
    moderator = await tenor.signInAs('moderator');
    await tenor.http.post('/api/articles').send(makeArticle('site')).expect(200);
    const comments = moderatedSiteComments(SITE_COMMENTS).map(({ text }, index) =>
      makeComment(`site-${index}`, 'site', { body: text, author: `Leser ${index % 40}` }),
    );
    siteIds = ((await tenor.http.post('/api/comments/batch').send({ comments }).expect(200)).body as CreateResult).ids;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function overview(): Promise<ModelOverview> {
    return (await tenor.http.get('/api/settings/model').expect(200)).body;
  }

  /** Stores a new comment through the batch endpoint (the API's scorer) or the NDJSON ingest (the worker pool). */
  async function probe(body: string, route: 'batch' | 'ingest' = 'batch'): Promise<CommentView> {
    const comment = makeComment(`probe-${++probeCount}`, 'site', { body, author: `Probe ${probeCount}` });
    if (route === 'batch') {
      await tenor.http.post('/api/comments/batch').send({ comments: [comment] }).expect(200);
    } else {
      const line = JSON.stringify({ kind: 'comment', ...comment });
      await tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(`${line}\n`).expect(200);
    }
    const page = (await tenor.http.get('/api/comments').query({ author: comment.author }).expect(200)).body as CommentPage;
    expect(page.items).toHaveLength(1);
    return page.items[0];
  }

  it('starts with the shipped model, which misses the phrase, and has nothing to learn from', async () => {
    const first = await overview();
    expect(first.active).toMatchObject({ version: 1, state: 'active', baseVersion: null, trainedOn: 0, before: null, after: null });
    expect(first).toMatchObject({ candidate: null, decisionsAvailable: 0 });
    const insult = (await probe(WITH_PHRASE)).risk.categories.insult;
    expect(insult.score).toBeLessThan(0.5);
    expect(insult.flagged).toBe(false);
    shippedScore = insult.score;

    const refused = await tenor.http.post('/api/settings/model/train').expect(400);
    expect(refused.body.message).toMatch(/no moderator decisions to learn from yet/);
  });

  it('counts the decisions it can learn from, leaving out spam', async () => {
    const site = moderatedSiteComments(SITE_COMMENTS);
    const rejected = siteIds.filter((_, index) => site[index].isRejected);
    const approved = siteIds.filter((_, index) => !site[index].isRejected);
    const spam = approved.splice(0, SPAM_REJECTIONS);
    const decide = (ids: number[], decision: object) =>
      moderator.post('/api/comments/bulk-decision').send({ ids, expectedCount: ids.length, ...decision }).expect(200);
    await decide(rejected, { action: 'reject', reason: 'insult' });
    await decide(approved, { action: 'approve' });
    await decide(spam, { action: 'reject', reason: 'spam' });
    expect((await overview()).decisionsAvailable).toBe(SITE_COMMENTS - SPAM_REJECTIONS);
  });

  it('is for admins only', async () => {
    await moderator.get('/api/settings/model').expect(403);
    await moderator.post('/api/settings/model/train').expect(403);
    await moderator.post('/api/settings/model/rollback').expect(403);
    await (await tenor.signInAs('editor')).post('/api/settings/model/versions/2/accept').expect(403);
  });

  it('trains a candidate that does better than the active model on the held-back decisions', async () => {
    const { active, candidate, history } = (await tenor.http.post('/api/settings/model/train').expect(200)).body as ModelOverview;
    expect(active.version).toBe(1);
    expect(candidate).toMatchObject({ version: 2, state: 'candidate', baseVersion: 1, author: 'admin' });
    const { trainedOn, before, after } = candidate as NonNullable<typeof candidate>;
    expect(trainedOn + (after?.examples ?? 0)).toBe(SITE_COMMENTS - SPAM_REJECTIONS);
    expect(trainedOn).toBeGreaterThan(200);
    expect(before?.examples).toBe(after?.examples);
    expect(after?.macroF1).toBeGreaterThan(before?.macroF1 ?? 1);
    expect(after?.auc).toBeGreaterThan(before?.auc ?? 1);
    expect(history.map((version) => `${version.version}:${version.state}`)).toEqual(['2:candidate', '1:active']);
    // Candidates are never used until accepted.
    expect((await probe(WITH_PHRASE)).risk.categories.insult.score).toBeCloseTo(shippedScore, 10);
  });

  it('answers bad versions with 400 or 404', async () => {
    await tenor.http.post('/api/settings/model/versions/two/accept').expect(400);
    await tenor.http.post('/api/settings/model/versions/0/accept').expect(400);
    await tenor.http.post('/api/settings/model/versions/99/accept').expect(404);
    await tenor.http.post('/api/settings/model/versions/99/reject').expect(404);
    const active = await tenor.http.post('/api/settings/model/versions/1/accept').expect(400);
    expect(active.body.message).toMatch(/version 1 is active; only a candidate can be accepted/);
    const shipped = await tenor.http.post('/api/settings/model/rollback').expect(400);
    expect(shipped.body.message).toMatch(/shipped model/);
    expect(activated).toEqual([]);
  });

  it('scores new comments with the accepted version: the phrase is flagged, an ordinary comment is not', async () => {
    const accepted = (await tenor.http.post('/api/settings/model/versions/2/accept').expect(200)).body as ModelOverview;
    expect(accepted.active).toMatchObject({ version: 2, state: 'active', baseVersion: 1 });
    expect(accepted.candidate).toBeNull();
    expect(accepted.history.map((version) => `${version.version}:${version.state}`)).toEqual(['2:active', '1:retired']);
    expect(activated).toEqual([2]);

    for (const route of ['batch', 'ingest'] as const) {
      const insult = (await probe(WITH_PHRASE, route)).risk.categories.insult;
      expect(insult.score).toBeGreaterThan(shippedScore);
      expect(insult.flagged).toBe(true);
      const ordinary = await probe(ORDINARY, route);
      expect(ordinary.risk.categories.insult.flagged).toBe(false);
      expect(ordinary.risk.flagged).toBe(false);
    }
    expect((await probe(`Ach, ${SITE_PHRASE} da oben in der Regierung.`)).risk.categories.insult.flagged).toBe(true);
  });

  it('rolls back to the version before, and scores as before', async () => {
    const rolledBack = (await tenor.http.post('/api/settings/model/rollback').expect(200)).body as ModelOverview;
    expect(rolledBack.active.version).toBe(1);
    expect(rolledBack.history.map((version) => `${version.version}:${version.state}`)).toEqual(['2:retired', '1:active']);
    expect(activated).toEqual([2, 1]);
    for (const route of ['batch', 'ingest'] as const) {
      const insult = (await probe(WITH_PHRASE, route)).risk.categories.insult;
      expect(insult.score).toBeCloseTo(shippedScore, 10);
      expect(insult.flagged).toBe(false);
    }
    await tenor.http.post('/api/settings/model/versions/2/accept').expect(400);
  });

  it('keeps a rejected candidate, never used', async () => {
    const trained = (await tenor.http.post('/api/settings/model/train').expect(200)).body as ModelOverview;
    expect(trained.candidate).toMatchObject({ version: 3, baseVersion: 1 });
    const rejected = (await tenor.http.post('/api/settings/model/versions/3/reject').expect(200)).body as ModelOverview;
    expect(rejected).toMatchObject({ candidate: null, active: { version: 1 } });
    expect(rejected.history.map((version) => `${version.version}:${version.state}`)).toEqual(['3:rejected', '2:retired', '1:active']);
    await tenor.http.post('/api/settings/model/versions/3/accept').expect(400);
    expect(activated).toEqual([2, 1]);
  });
});
