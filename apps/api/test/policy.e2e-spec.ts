import type { CommentPage, ModerationPolicy, PolicyPreview, PolicyState, PolicyVersionView, ReapplyJobView } from '@tenor/contracts';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { RollupService } from '../src/trends/rollup.service';
import { type Agent, startTestApp, type TestApp } from './support/test-app';

const CALM = ['Die Sitzung ist am Donnerstag um 18 Uhr.', 'Sehr guter Artikel, danke für die Recherche!', 'Interessant wäre noch der Vergleich mit dem Vorjahr.'];
const ROUGH = ['Was für ein Vollidiot, der gehört abgesetzt!', 'Halt die Klappe, du Idiot.', 'Das ist doch Quatsch, Sie Dummkopf.', 'Ihr seid alle Heuchler.'];
const START = Date.UTC(2024, 4, 6, 6);

/** Two articles (one in the section "Sport") with calm and rough comments. */
function corpus(prefix: string, comments: number): string {
  const lines = [
    JSON.stringify({ kind: 'article', externalId: `${prefix}-politik`, title: 'Haushalt beschlossen', section: 'Politik' }),
    JSON.stringify({ kind: 'article', externalId: `${prefix}-sport`, title: 'Derby am Samstag', section: 'Sport' }),
  ];
  for (let index = 0; index < comments; index++) {
    const texts = index % 3 === 0 ? ROUGH : CALM;
    lines.push(
      JSON.stringify({
        kind: 'comment',
        externalId: `${prefix}-${index}`,
        articleExternalId: index % 5 === 0 ? `${prefix}-sport` : `${prefix}-politik`,
        author: `Leser ${index % 7}`,
        postedAt: new Date(START + index * 60_000).toISOString(),
        body: `${texts[index % texts.length]} (${index})`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function eventually<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('moderation policy: versions, preview, re-apply', () => {
  let tenor: TestApp;
  let moderator: Agent;

  const state = async () => (await tenor.http.get('/api/settings/policy').expect(200)).body as PolicyState;
  const finished = async () =>
    (await eventually(async () => (await tenor.http.get('/api/settings/policy/job').expect(200)).body as ReapplyJobView, (job) => job.state !== 'running')) as ReapplyJobView;
  const count = async (query: string) => {
    let total = 0;
    let cursor: string | null = null;
    do {
      const page = (await tenor.http.get(`/api/comments?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).expect(200)).body as CommentPage;
      total += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return total;
  };
  const save = async (policy: ModerationPolicy, note?: string) => {
    const current = await state();
    const saved = (await tenor.http.post('/api/settings/policy').send({ policy, baseVersion: current.active.version, note }).expect(201)).body as PolicyState;
    expect(saved.active.version).toBe(current.active.version + 1);
    const job = await finished();
    expect(job).toMatchObject({ state: 'done', policyVersion: saved.active.version });
    return saved;
  };
  const rollupsExact = async () => {
    const rollups = tenor.app.get(RollupService);
    expect(await rollups.stored()).toEqual(await rollups.recompute());
  };

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    moderator = await tenor.signInAs('moderator');
    await tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(corpus('p', 300)).expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  it('starts at version 1 with the defaults, for admins only', async () => {
    const { active, job } = await state();
    expect(active).toMatchObject({ version: 1, author: 'Tenor', restoredFrom: null, changes: [] });
    expect(active.policy.categories.insult).toEqual({ flag: 0.5, hold: null, reject: null });
    expect(active.policy.tone).toEqual({ positive: 0.05, negative: -0.05 });
    expect(job).toBeNull();
    await moderator.get('/api/settings/policy').expect(403);
    await moderator.post('/api/settings/policy/preview').send({ policy: active.policy }).expect(403);
    const editor = await tenor.signInAs('editor');
    await editor.get('/api/settings/policy').expect(403);
    expect(((await editor.get('/api/audit/settings').expect(200)).body as PolicyVersionView[]).map((version) => version.version)).toEqual([1]);
  });

  it('refuses impossible settings with the field and changes nothing', async () => {
    const { active } = await state();
    const bad: ModerationPolicy = structuredClone(active.policy);
    bad.categories.insult = { flag: 0.6, hold: null, reject: 0.4 };
    bad.categories.threat.flag = 1.5;
    bad.wordLists = [
      { list: 'watch', term: '(a+)+$', mode: 'regex', category: 'spam' },
      { list: 'block', term: '([a-z', mode: 'regex', category: 'spam' },
    ];
    const response = await tenor.http.post('/api/settings/policy').send({ policy: bad, baseVersion: active.version }).expect(400);
    const messages = response.body.message as string[];
    for (const field of ['categories.insult.reject', 'categories.threat.flag', 'wordLists[0].term', 'wordLists[1].term']) {
      expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `))]));
    }
    await tenor.http.post('/api/settings/policy/preview').send({ policy: bad }).expect(400);
    await tenor.http.post('/api/settings/policy').send({ policy: { ...active.policy, extra: 1 }, baseVersion: active.version }).expect(400);
    expect((await state()).active.version).toBe(1);
    expect(await tenor.http.get('/api/settings/policy/versions').expect(200)).toHaveProperty('body.length', 1);
  });

  it('previews a higher flag threshold exactly as saving it then moves the flagged queue', async () => {
    const { active } = await state();
    const flaggedBefore = await count('status=pending&flagged=true');
    const proposed: ModerationPolicy = structuredClone(active.policy);
    // The milder insults ("Quatsch, Sie Dummkopf", "Heuchler") score about 0.74, the harsh ones 0.9 and more.
    proposed.categories.insult.flag = 0.8;
    const preview = (await tenor.http.post('/api/settings/policy/preview').send({ policy: proposed }).expect(200)).body as PolicyPreview;
    expect(preview.scanned).toBe(300);
    expect(preview.total).toBe(300);
    const into = preview.moves.filter((move) => move.to === 'flagged').reduce((sum, move) => sum + move.count, 0);
    const out = preview.moves.filter((move) => move.from === 'flagged').reduce((sum, move) => sum + move.count, 0);
    expect(preview.changedQueue).toBeGreaterThan(0);
    expect(preview.changedQueue).toBe(preview.moves.reduce((sum, move) => sum + move.count, 0));
    expect(preview.samples.length).toBe(Math.min(20, preview.changedQueue));
    expect(preview.curves.map((curve) => curve.category)).toEqual(['insult', 'profanity', 'threat', 'hate', 'spam', 'personalData']);
    // Nothing changed yet.
    expect(await count('status=pending&flagged=true')).toBe(flaggedBefore);

    expect(out).toBeGreaterThan(0);
    const saved = await save(proposed, 'Nur harte Beleidigungen markieren');
    expect(saved.active.changes.map((change) => change.path)).toEqual(['categories.insult.flag']);
    expect(saved.active.note).toBe('Nur harte Beleidigungen markieren');
    expect(await count('status=pending&flagged=true')).toBe(flaggedBefore + into - out);
    const page = (await tenor.http.get('/api/comments?limit=200').expect(200)).body as CommentPage;
    expect(new Set(page.items.map((comment) => comment.policyVersion))).toEqual(new Set([saved.active.version]));
    await rollupsExact();
  });

  it('measures the thresholds against moderators’ decisions', async () => {
    const flagged = (await tenor.http.get('/api/comments?status=pending&flagged=true&limit=10').expect(200)).body as CommentPage;
    const calm = (await tenor.http.get('/api/comments?status=pending&flagged=false&limit=10').expect(200)).body as CommentPage;
    for (const comment of flagged.items) await moderator.post(`/api/comments/${comment.id}/decision`).send({ action: 'reject', reason: 'insult' }).expect(200);
    for (const comment of calm.items) await moderator.post(`/api/comments/${comment.id}/decision`).send({ action: 'approve' }).expect(200);
    const { active } = await state();
    const preview = (await tenor.http.post('/api/settings/policy/preview').send({ policy: active.policy }).expect(200)).body as PolicyPreview;
    expect(preview.decided).toEqual({ approved: calm.items.length, rejected: flagged.items.length });
    expect(preview.changedQueue).toBe(0);
    const insult = preview.curves.find((curve) => curve.category === 'insult');
    expect(insult?.current).toEqual(insult?.proposed);
    expect(insult?.current.recall).not.toBeNull();
  });

  it('watch and block lists flag and reject with evidence; an allow entry takes a false friend back; decided comments keep their status', async () => {
    const { active } = await state();
    const decided = ((await tenor.http.get('/api/comments?status=approved&limit=1').expect(200)).body as CommentPage).items[0];
    const policy: ModerationPolicy = structuredClone(active.policy);
    policy.wordLists = [
      { list: 'watch', term: 'recherche', mode: 'word', category: 'spam' },
      { list: 'block', term: 'heuchler', mode: 'compound', category: 'insult' },
    ];
    await save(policy);
    const watched = ((await tenor.http.get('/api/comments?q=Recherche&limit=200').expect(200)).body as CommentPage).items;
    expect(watched.length).toBeGreaterThan(0);
    for (const comment of watched) {
      expect(comment.risk.categories.spam.flagged).toBe(true);
      expect(comment.risk.categories.spam.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Recherche', rule: expect.stringMatching(/^list\.watch/) })]));
    }
    const blocked = ((await tenor.http.get('/api/comments?q=Heuchler&limit=200').expect(200)).body as CommentPage).items;
    const decidedByModerators = new Set<number>();
    for (const comment of blocked) {
      const events = (await tenor.http.get(`/api/comments/${comment.id}/events`).expect(200)).body as { actor: string; action: string; toStatus: string }[];
      if (events.some((event) => event.actor !== 'Richtlinie')) {
        // A moderator's decision stands; the policy does not overrule it.
        decidedByModerators.add(comment.id);
        expect(events.every((event) => event.actor !== 'Richtlinie')).toBe(true);
        continue;
      }
      expect(comment.status).toBe('rejected');
      expect(events).toEqual([expect.objectContaining({ actor: 'Richtlinie', action: 'reject', toStatus: 'rejected', reason: 'insult' })]);
    }
    expect(blocked.length - decidedByModerators.size).toBeGreaterThan(0);
    expect(decidedByModerators.size).toBeGreaterThan(0);
    expect(((await tenor.http.get(`/api/comments/${decided.id}`).expect(200)).body as { status: string }).status).toBe('approved');

    // New comments are judged by the new version at once.
    await tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(
      `${JSON.stringify({ kind: 'comment', externalId: 'new-1', articleExternalId: 'p-politik', author: 'Neu', postedAt: new Date(START).toISOString(), body: 'Lauter Heuchler hier.' })}\n`,
    ).expect(200);
    const fresh = ((await tenor.http.get('/api/comments?author=Neu').expect(200)).body as CommentPage).items[0];
    expect(fresh).toMatchObject({ status: 'rejected', policyVersion: (await state()).active.version });

    // Dropping the block entry releases what it rejected (the policy's own rejections only).
    const released: ModerationPolicy = structuredClone(policy);
    released.wordLists = [released.wordLists[0], { list: 'allow', term: 'recherche', mode: 'word', category: 'spam' }];
    await save(released);
    for (const comment of blocked) {
      const now = (await tenor.http.get(`/api/comments/${comment.id}`).expect(200)).body as { status: string; risk: { categories: { spam: { flagged: boolean } } } };
      expect(now.status).toBe(decidedByModerators.has(comment.id) ? comment.status : 'pending');
    }
    for (const comment of watched) {
      const now = (await tenor.http.get(`/api/comments/${comment.id}`).expect(200)).body as { risk: { categories: { spam: { flagged: boolean; evidence: unknown[] } } } };
      expect(now.risk.categories.spam).toMatchObject({ flagged: false, evidence: [] });
    }
    await rollupsExact();
  });

  it('holds comments of pre-moderated sections and over a hold threshold', async () => {
    const { active } = await state();
    const policy: ModerationPolicy = structuredClone(active.policy);
    policy.premoderatedSections = ['Sport'];
    policy.wordLists = [];
    await save(policy);
    const held = ((await tenor.http.get('/api/comments?held=true&section=Sport&limit=200').expect(200)).body as CommentPage).items;
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((comment) => comment.isHeld)).toBe(true);
    expect(await count('held=true&section=Politik')).toBe(0);
  });

  it('answers 409 to a save made from an old version, and restores an old version as a new one', async () => {
    const versions = (await tenor.http.get('/api/settings/policy/versions').expect(200)).body as PolicyVersionView[];
    const { active } = await state();
    await tenor.http.post('/api/settings/policy').send({ policy: active.policy, baseVersion: active.version - 1 }).expect(409);
    const restored = (await tenor.http.post('/api/settings/policy/versions/1/restore').send({ baseVersion: active.version }).expect(201)).body as PolicyState;
    expect(restored.active).toMatchObject({ version: active.version + 1, restoredFrom: 1 });
    expect(restored.active.policy).toEqual(versions[versions.length - 1].policy);
    expect(restored.active.changes.length).toBeGreaterThan(0);
    await finished();
    expect(await count('held=true')).toBe(0);
    await tenor.http.post('/api/settings/policy/versions/999/restore').send({ baseVersion: restored.active.version }).expect(404);
    await rollupsExact();
  });

  it('resumes an interrupted re-apply after a restart, from its checkpoint, without skipping a comment', async () => {
    const { active } = await state();
    const policy: ModerationPolicy = structuredClone(active.policy);
    policy.tone = { positive: 0.3, negative: -0.3 };
    await save(policy);
    // Pretend the process died half-way: the run is still marked running with a checkpoint in the middle, and the
    // comments after it still carry the old version.
    const dataSource = tenor.app.get(DataSource);
    const [{ middle }]: { middle: number }[] = await dataSource.query('SELECT MAX(id) / 2 AS middle FROM comments');
    const [job]: { id: number }[] = await dataSource.query('SELECT MAX(id) AS id FROM reapply_jobs');
    await dataSource.query(`UPDATE reapply_jobs SET state = 'running', last_comment_id = ${middle}, finished_at = NULL WHERE id = ${job.id}`);
    await dataSource.query(`UPDATE comments SET policy_version = ${active.version} WHERE id > ${middle}`);
    const folder = dirname(tenor.config.databasePath);
    await tenor.close();
    tenor = await startTestApp({ isSeedOnEmpty: false }, folder);
    const resumed = await finished();
    expect(resumed).toMatchObject({ id: job.id, state: 'done' });
    const [{ stale }]: { stale: number | string }[] = await tenor.app.get(DataSource).query(
      `SELECT COUNT(*) AS stale FROM comments WHERE policy_version <> ${active.version + 1}`,
    );
    expect(Number(stale)).toBe(0);
  });
});
