import type { CommentView, CreateResult, DecisionResult, ModerationEventView, QueueCounts } from '@tenor/contracts';
import { DataSource } from 'typeorm';
import { makeArticle, makeComment } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('moderation decisions', () => {
  let tenor: TestApp;
  let ids: number[];

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('m-article')).expect(200);
    const created = await tenor.http
      .post('/api/comments/batch')
      .send({ comments: ['m-1', 'm-2', 'm-3', 'm-4'].map((id) => makeComment(id, 'm-article')) })
      .expect(200);
    ids = (created.body as CreateResult).ids;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function events(id: number): Promise<ModerationEventView[]> {
    return (await tenor.http.get(`/api/comments/${id}/events`).expect(200)).body;
  }

  it('approves a comment and records who, when and from → to', async () => {
    const moderator = await tenor.signInAs('moderator');
    const me = (await moderator.get('/api/auth/me').expect(200)).body.user;
    const response = await moderator.post(`/api/comments/${ids[0]}/decision`).send({ action: 'approve', expectedVersion: 1 }).expect(200);
    const result = response.body as DecisionResult;
    expect(result.comment).toMatchObject({ status: 'approved', version: 2 });
    expect(result.event).toMatchObject({
      actor: me.username,
      actorUserId: me.id,
      fromStatus: 'pending',
      toStatus: 'approved',
      action: 'approve',
      reason: null,
    });
    expect(Date.parse(result.event.at)).not.toBeNaN();
    expect(await events(ids[0])).toEqual([result.event]);
    const stored = (await tenor.http.get(`/api/comments/${ids[0]}`).expect(200)).body as CommentView;
    expect(stored.status).toBe('approved');
  });

  it('requires a reason code to reject, and keeps it with the note', async () => {
    const missing = await tenor.http.post(`/api/comments/${ids[1]}/decision`).send({ action: 'reject' }).expect(400);
    expect(missing.body.message[0]).toMatch(/^reason: /);
    const result = (
      await tenor.http
        .post(`/api/comments/${ids[1]}/decision`)
        .send({ action: 'reject', reason: 'insult', note: 'Beleidigung nach § 185 StGB' })
        .expect(200)
    ).body as DecisionResult;
    expect(result.event).toMatchObject({ actor: 'admin', toStatus: 'rejected', reason: 'insult', note: 'Beleidigung nach § 185 StGB' });
  });

  it('escalates, and moves on from escalated', async () => {
    await tenor.http.post(`/api/comments/${ids[2]}/decision`).send({ action: 'escalate', note: 'Rechtlich prüfen' }).expect(200);
    await tenor.http.post(`/api/comments/${ids[2]}/decision`).send({ action: 'reject', reason: 'threat' }).expect(200);
    expect((await events(ids[2])).map((event) => `${event.fromStatus}→${event.toStatus}`)).toEqual([
      'pending→escalated',
      'escalated→rejected',
    ]);
  });

  it('answers a decision on a stale version with 409 and the current state, changing nothing', async () => {
    const first = await tenor.signInAs('moderator');
    const second = await tenor.signInAs('moderator');
    await first.post(`/api/comments/${ids[3]}/decision`).send({ action: 'approve', expectedVersion: 1 }).expect(200);
    const conflict = await second
      .post(`/api/comments/${ids[3]}/decision`)
      .send({ action: 'reject', reason: 'spam', expectedVersion: 1 })
      .expect(409);
    expect(conflict.body.comment).toMatchObject({ id: ids[3], status: 'approved', version: 2 });
    const firstName = (await first.get('/api/auth/me').expect(200)).body.user.username;
    expect((await events(ids[3])).map((event) => event.actor)).toEqual([firstName]);
  });

  it('does not record a repeated decision twice', async () => {
    const again = (await tenor.http.post(`/api/comments/${ids[0]}/decision`).send({ action: 'approve' }).expect(200)).body as DecisionResult;
    expect(again.comment.version).toBe(2);
    expect(await events(ids[0])).toHaveLength(1);
  });

  it('rejects unknown actions, reasons on approvals and unknown comments', async () => {
    await tenor.http.post(`/api/comments/${ids[0]}/decision`).send({ action: 'delete' }).expect(400);
    await tenor.http.post(`/api/comments/${ids[0]}/decision`).send({ action: 'approve', reason: 'spam' }).expect(400);
    await tenor.http.post('/api/comments/424242/decision').send({ action: 'approve' }).expect(404);
    await tenor.http.get('/api/comments/424242/events').expect(404);
  });

  it('keeps audit events immutable in the database itself', async () => {
    const dataSource = tenor.app.get(DataSource);
    await expect(dataSource.query("UPDATE moderation_events SET actor = 'someone else'")).rejects.toThrow(/immutable/);
    expect((await events(ids[0]))[0].actor).not.toBe('someone else');
  });

  it('counts the queue per status', async () => {
    const counts = (await tenor.http.get('/api/comments/counts').expect(200)).body as QueueCounts;
    expect(counts.statuses).toEqual({ pending: 0, approved: 2, rejected: 2, escalated: 0 });
    expect(counts.total).toBe(4);
  });
});
