import type { CommentPage, CommentView, CreateResult } from '@tenor/contracts';
import { makeArticle, makeComment } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('comments API', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('a-1')).expect(200);
    await tenor.http.post('/api/articles').send(makeArticle('a-2')).expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  async function countComments(): Promise<number> {
    const response = await tenor.http.get('/api/comments/counts').expect(200);
    return response.body.total as number;
  }

  it('stores a batch posted twice only once', async () => {
    const batch = {
      comments: [
        makeComment('twice-1', 'a-1', { body: 'Danke für den guten Artikel.' }),
        makeComment('twice-2', 'a-1', { body: 'Das ist doch Unsinn.' }),
      ],
    };
    const before = await countComments();
    const first = (await tenor.http.post('/api/comments/batch').send(batch).expect(200)).body as CreateResult;
    const second = (await tenor.http.post('/api/comments/batch').send(batch).expect(200)).body as CreateResult;
    expect(first).toMatchObject({ created: 2, updated: 0, existing: 0 });
    expect(second).toMatchObject({ created: 0, updated: 0, existing: 2 });
    expect(second.ids).toEqual(first.ids);
    expect(await countComments()).toBe(before + 2);
  });

  it('re-scores an edited comment in place, keeping its status and moderation history', async () => {
    const original = makeComment('edited-1', 'a-1', { body: 'Ein freundlicher Gruß an alle.' });
    const [id] = ((await tenor.http.post('/api/comments').send(original).expect(200)).body as CreateResult).ids;
    await tenor.http.post(`/api/comments/${id}/decision`).send({ action: 'escalate' }).expect(200);
    const before = (await tenor.http.get(`/api/comments/${id}`).expect(200)).body as CommentView;
    const edit = (
      await tenor.http.post('/api/comments').send({ ...original, body: 'Du bist ein Vollidiot.' }).expect(200)
    ).body as CreateResult;
    expect(edit).toMatchObject({ created: 0, updated: 1, existing: 0, ids: [id] });
    const after = (await tenor.http.get(`/api/comments/${id}`).expect(200)).body as CommentView;
    expect(after).toMatchObject({ body: 'Du bist ein Vollidiot.', status: 'escalated', version: before.version + 1 });
    expect(after.risk.categories.insult.flagged).toBe(true);
    expect(before.risk.categories.insult.flagged).toBe(false);
    expect((await tenor.http.get(`/api/comments/${id}/events`).expect(200)).body).toHaveLength(1);
  });

  it('rejects a batch with one malformed item naming the item and field, storing nothing of it', async () => {
    const before = await countComments();
    const response = await tenor.http
      .post('/api/comments/batch')
      .send({
        comments: [
          makeComment('bad-batch-1', 'a-1'),
          { ...makeComment('bad-batch-2', 'a-1'), author: '' },
          makeComment('bad-batch-3', 'a-1'),
        ],
      })
      .expect(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^comments\[1\]\.author: /)]);
    expect(await countComments()).toBe(before);
    await tenor.http.get('/api/comments?limit=200').expect(200).expect((page) => {
      const ids = (page.body as CommentPage).items.map((comment) => comment.externalId);
      expect(ids).not.toContain('bad-batch-1');
    });
  });

  it('rejects unknown fields, bad dates and unknown articles with the field named', async () => {
    const unknownField = await tenor.http.post('/api/comments').send({ ...makeComment('x-1', 'a-1'), mood: 'angry' }).expect(400);
    expect(unknownField.body.message).toEqual(['mood: property mood should not exist']);
    const badDate = await tenor.http.post('/api/comments').send(makeComment('x-2', 'a-1', { postedAt: 'yesterday' })).expect(400);
    expect(badDate.body.message[0]).toMatch(/^postedAt: /);
    const unknownArticle = await tenor.http
      .post('/api/comments/batch')
      .send({ comments: [makeComment('x-3', 'a-1'), makeComment('x-4', 'no-such-article')] })
      .expect(400);
    expect(unknownArticle.body.message).toEqual([expect.stringContaining('comments[1].articleExternalId')]);
    expect(await tenor.http.get('/api/comments?limit=200').then((page) => (page.body as CommentPage).items.map((c) => c.externalId))).not.toContain('x-3');
  });

  it('scores comments on the way in and returns one with evidence', async () => {
    const created = (
      await tenor.http
        .post('/api/comments')
        .send(makeComment('scored-1', 'a-2', { body: 'Du bist ein Vollidiot, schreib mir an troll@example.com' }))
        .expect(200)
    ).body as CreateResult;
    const comment = (await tenor.http.get(`/api/comments/${created.ids[0]}`).expect(200)).body as CommentView;
    expect(comment.risk.flagged).toBe(true);
    expect(comment.risk.categories.insult.flagged).toBe(true);
    expect(comment.risk.categories.insult.evidence[0].text.toLowerCase()).toContain('idiot');
    expect(comment.risk.categories.personalData.evidence.map((span) => span.text)).toContain('troll@example.com');
    expect(comment.sentiment.label).toBe('negative');
    await tenor.http.get('/api/comments/999999').expect(404);
  });

  describe('listing', () => {
    beforeAll(async () => {
      await tenor.http
        .post('/api/comments/batch')
        .send({
          comments: [
            makeComment('list-en', 'a-2', { body: 'What a great and thoughtful article, thank you!', postedAt: '2024-03-05T12:00:00.000Z' }),
            ...Array.from({ length: 12 }, (_, index) =>
              makeComment(`list-${index}`, 'a-2', {
                body: index % 3 === 0 ? `Halt die Klappe, du Idiot Nummer ${index}` : `Sachlicher Beitrag Nummer ${index}`,
                postedAt: `2024-03-0${2 + (index % 3)}T1${index % 10}:00:00.000Z`,
              }),
            ),
          ],
        })
        .expect(200);
    });

    async function page(query: string): Promise<CommentPage> {
      return (await tenor.http.get(`/api/comments?${query}`).expect(200)).body as CommentPage;
    }

    async function walk(query: string): Promise<CommentView[]> {
      const seen: CommentView[] = [];
      let cursor: string | null = null;
      do {
        const current: CommentPage = await page(`${query}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...current.items);
        cursor = current.nextCursor;
      } while (cursor);
      return seen;
    }

    it('pages by risk and by time without gaps or repeats', async () => {
      const everything = (await page('articleId=2&limit=200')).items;
      for (const sort of ['risk', 'time'] as const) {
        const walked = await walk(`articleId=2&sort=${sort}`);
        expect(walked.map((comment) => comment.id).sort()).toEqual(everything.map((comment) => comment.id).sort());
        const keys = walked.map((comment) => (sort === 'risk' ? comment.risk.score : comment.postedAt));
        expect([...keys].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(keys);
      }
    });

    it('filters by flag, category, language, status, article and date range', async () => {
      const flagged = await page('flagged=true&articleId=2&limit=200');
      expect(flagged.items.length).toBeGreaterThanOrEqual(4);
      expect(flagged.items.every((comment) => comment.risk.flagged)).toBe(true);
      const insults = await page('category=insult&limit=200');
      expect(insults.items.every((comment) => comment.risk.categories.insult.flagged)).toBe(true);
      const english = await page('language=en&limit=200');
      expect(english.items.map((comment) => comment.externalId)).toEqual(['list-en']);
      const ranged = await page('articleId=2&from=2024-03-03T00:00:00Z&to=2024-03-04T00:00:00Z&limit=200');
      expect(ranged.items.length).toBe(4);
      expect(ranged.items.every((comment) => comment.postedAt.startsWith('2024-03-03'))).toBe(true);
      expect((await page('status=approved&limit=200')).items).toEqual([]);
    });

    it('answers bad query values with 400 naming the parameter', async () => {
      const badStatus = await tenor.http.get('/api/comments?status=deleted').expect(400);
      expect(badStatus.body.message[0]).toMatch(/^status: /);
      const badCursor = await tenor.http.get('/api/comments?cursor=not-a-cursor').expect(400);
      expect(badCursor.body.message[0]).toMatch(/^cursor: /);
      const badLimit = await tenor.http.get('/api/comments?limit=5000').expect(400);
      expect(badLimit.body.message[0]).toMatch(/^limit: /);
    });
  });
});
