import { ANONYMISED_AUTHOR, type CommentView, type ErasureView, RISK_CATEGORIES } from '@tenor/contracts';
import { DataSource } from 'typeorm';
import { authorHash } from '../src/privacy/author-hash';
import { REDACTED_NOTE } from '../src/privacy/privacy.service';
import { RollupService } from '../src/trends/rollup.service';
import { makeArticle, makeComment } from './support/fixtures';
import { rollupLines } from './support/rollup-lines';
import { startTestApp, type TestApp } from './support/test-app';

const MAX = 'Max Mustermann';
const ERIKA = 'Erika Beispiel';
// Another person whose name differs only in case: the erasure matches the exact name, so they keep their comments.
const OTHER_MAX = 'MAX MUSTERMANN';

/** Four comments of an author: one the search finds, an insult, one with their phone number and address, a friendly one. */
function bodiesOf(author: string): string[] {
  return [
    'Am Zebrastreifen vor der Schule fahren alle viel zu schnell.',
    'Du bist ein Vollidiot, das sieht doch jeder.',
    `Ruft mich an unter 0171 2345678 oder schreibt an ${author.replace(' ', '.')}@example.org.`,
    'Danke für den guten Artikel, sehr ausgewogen.',
  ];
}
const COMMENTS_PER_AUTHOR = 4;

describe('GDPR erasure requests: every comment of one author deleted or anonymised, consistently and on record', () => {
  let tenor: TestApp;
  let rollups: RollupService;
  let dataSource: DataSource;
  const idsOf = new Map<string, number[]>();

  const comment = async (id: number): Promise<CommentView> =>
    (await tenor.http.get(`/api/comments/${id}`).expect(200)).body;
  const expectRollupsExact = async () =>
    expect(rollupLines(await rollups.stored())).toEqual(rollupLines(await rollups.recompute()));

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    rollups = tenor.app.get(RollupService);
    dataSource = tenor.app.get(DataSource);
    await tenor.http
      .post('/api/articles')
      .send(makeArticle('p-politik', { section: 'Politik' }))
      .expect(200);
    await tenor.http
      .post('/api/articles')
      .send(makeArticle('p-sport', { section: 'Sport' }))
      .expect(200);
    const inputs = [MAX, ERIKA, OTHER_MAX].flatMap((author, authorIndex) =>
      bodiesOf(author).map((body, index) =>
        makeComment(`p-${authorIndex}-${index}`, index % 2 === 0 ? 'p-politik' : 'p-sport', {
          author,
          body,
          title: index === 0 ? `Betreff von ${author}` : undefined,
          postedAt: new Date(Date.UTC(2024, 2, 30, 20 + index * 3, authorIndex * 7)).toISOString(),
        }),
      ),
    );
    const created = await tenor.http.post('/api/comments/batch').send({ comments: inputs }).expect(200);
    [MAX, ERIKA, OTHER_MAX].forEach((author, index) =>
      idsOf.set(
        author,
        created.body.ids.slice(index * COMMENTS_PER_AUTHOR, (index + 1) * COMMENTS_PER_AUTHOR),
      ),
    );
    for (const author of [MAX, ERIKA, OTHER_MAX]) {
      const [first, second, third] = idsOf.get(author) as number[];
      await tenor.http
        .post(`/api/comments/${first}/decision`)
        .send({ action: 'approve', note: `${author} meint es ernst` })
        .expect(200);
      await tenor.http
        .post(`/api/comments/${second}/decision`)
        .send({ action: 'reject', reason: 'insult', note: `Beleidigung durch ${author}` })
        .expect(200);
      await tenor.http.post(`/api/comments/${third}/decision`).send({ action: 'escalate' }).expect(200);
      await tenor.http.post(`/api/comments/${third}/undo`).send({}).expect(200);
    }
  });

  afterAll(async () => {
    await tenor.remove();
  });

  it('previews how many comments and audit events an erasure would touch', async () => {
    const preview = (await tenor.http.get('/api/privacy/authors').query({ author: MAX }).expect(200)).body;
    expect(preview).toEqual({
      author: MAX,
      authorHash: authorHash(MAX),
      comments: 4,
      events: 4,
      earlierErasures: [],
    });
    const nobody = (await tenor.http.get('/api/privacy/authors').query({ author: 'Niemand' }).expect(200))
      .body;
    expect(nobody).toMatchObject({ comments: 0, events: 0 });
  });

  it('answers 400 naming the field for a bad request, and changes nothing', async () => {
    const bad = async (body: object, field: string) => {
      const response = await tenor.http.post('/api/privacy/erasures').send(body).expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}: `))]),
      );
    };
    await bad({ mode: 'delete' }, 'author');
    await bad({ author: '   ', mode: 'delete' }, 'author');
    await bad({ author: ANONYMISED_AUTHOR, mode: 'delete' }, 'author');
    await bad({ author: 'x'.repeat(201), mode: 'delete' }, 'author');
    await bad({ author: MAX }, 'mode');
    await bad({ author: MAX, mode: 'purge' }, 'mode');
    await bad({ author: MAX, mode: 'delete', reference: '' }, 'reference');
    await bad({ author: MAX, mode: 'delete', reference: 'T'.repeat(101) }, 'reference');
    await bad({ author: MAX, mode: 'delete', reason: 'because' }, 'reason');
    const query = await tenor.http.get('/api/privacy/authors').expect(400);
    expect(query.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^author: /)]));
    await tenor.http.get('/api/privacy/erasures?limit=0').expect(400);
    expect(
      (await tenor.http.get('/api/privacy/authors').query({ author: MAX }).expect(200)).body.comments,
    ).toBe(4);
    expect((await tenor.http.get('/api/privacy/erasures').expect(200)).body).toEqual([]);
  });

  it('changes nothing when any part of the erasure fails: comments, events, rollups and the record are one transaction', async () => {
    const isPostgres = dataSource.options.type === 'postgres';
    await dataSource.query(
      isPostgres
        ? "CREATE FUNCTION refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'record refused'; END $$"
        : "CREATE TRIGGER refuse_erasure BEFORE INSERT ON privacy_erasures BEGIN SELECT RAISE(ABORT, 'record refused'); END",
    );
    if (isPostgres) {
      await dataSource.query(
        'CREATE TRIGGER refuse_erasure BEFORE INSERT ON privacy_erasures FOR EACH ROW EXECUTE FUNCTION refuse_erasure()',
      );
    }
    const listOtherMax = async () =>
      (await tenor.http.get('/api/comments').query({ author: OTHER_MAX }).expect(200)).body.items;
    const commentsBefore = await listOtherMax();
    const rollupsBefore = rollupLines(await rollups.stored());
    const eventsBefore = await dataSource.query('SELECT * FROM moderation_events ORDER BY id');
    try {
      for (const mode of ['delete', 'anonymise']) {
        await tenor.http.post('/api/privacy/erasures').send({ author: OTHER_MAX, mode }).expect(500);
      }
    } finally {
      await dataSource.query(
        isPostgres ? 'DROP TRIGGER refuse_erasure ON privacy_erasures' : 'DROP TRIGGER refuse_erasure',
      );
      if (isPostgres) await dataSource.query('DROP FUNCTION refuse_erasure()');
    }
    expect(commentsBefore).toHaveLength(4);
    expect(await listOtherMax()).toEqual(commentsBefore);
    expect(await dataSource.query('SELECT * FROM moderation_events ORDER BY id')).toEqual(eventsBefore);
    expect(rollupLines(await rollups.stored())).toEqual(rollupsBefore);
    expect((await tenor.http.get('/api/privacy/erasures').expect(200)).body).toEqual([]);
  });

  it('anonymises: no name, title, text, evidence or note remains; scores, status and decisions stay; a retry changes nothing', async () => {
    const ids = idsOf.get(MAX) as number[];
    const before = await Promise.all(ids.map(comment));
    const eventsBefore = await Promise.all(
      ids.map(async (id) => (await tenor.http.get(`/api/comments/${id}/events`).expect(200)).body),
    );
    expect(
      before.some((view) =>
        RISK_CATEGORIES.some((category) => view.risk.categories[category].evidence.length > 0),
      ),
    ).toBe(true);

    const erased: ErasureView = (
      await tenor.http
        .post('/api/privacy/erasures')
        .send({ author: MAX, mode: 'anonymise', reference: 'DSGVO-17' })
        .expect(201)
    ).body;
    expect(erased).toMatchObject({
      actor: 'admin',
      mode: 'anonymise',
      reference: 'DSGVO-17',
      authorHash: authorHash(MAX),
      comments: 4,
      events: 3,
    });

    for (const [index, id] of ids.entries()) {
      const after = await comment(id);
      expect(after).toMatchObject({
        author: ANONYMISED_AUTHOR,
        title: null,
        body: '',
        version: before[index].version + 1,
      });
      expect(RISK_CATEGORIES.flatMap((category) => after.risk.categories[category].evidence)).toEqual([]);
      expect(after.status).toBe(before[index].status);
      expect(after.sentiment).toEqual(before[index].sentiment);
      expect(RISK_CATEGORIES.map((category) => after.risk.categories[category].score)).toEqual(
        RISK_CATEGORIES.map((category) => before[index].risk.categories[category].score),
      );
      const events = (await tenor.http.get(`/api/comments/${id}/events`).expect(200)).body;
      const withoutNote = (event: { note: string | null }) => ({ ...event, note: undefined });
      expect(events.map(withoutNote)).toEqual(eventsBefore[index].map(withoutNote));
      expect(events.map((event: { note: string | null }) => event.note)).toEqual(
        eventsBefore[index].map((event: { note: string | null }) =>
          event.note === null ? null : REDACTED_NOTE,
        ),
      );
    }
    expect((await tenor.http.get('/api/comments').query({ author: MAX }).expect(200)).body.items).toEqual([]);
    const search = (await tenor.http.get('/api/comments').query({ q: 'Zebrastreifen' }).expect(200)).body
      .items;
    expect(search.map((view: CommentView) => view.author).sort()).toEqual([ERIKA, OTHER_MAX]);
    const rows: { text: string }[] = await dataSource.query(
      "SELECT author || ' ' || body || ' ' || coalesce(title, '') || ' ' || evidence AS text FROM comments",
    );
    expect(rows.filter((row) => row.text.includes(MAX) || row.text.includes('Max.Mustermann@'))).toEqual([]);
    const notes: { note: string }[] = await dataSource.query(
      'SELECT note FROM moderation_events WHERE note IS NOT NULL',
    );
    expect(notes.filter((row) => row.note.includes(MAX))).toEqual([]);
    expect(notes.filter((row) => row.note.includes(OTHER_MAX))).toHaveLength(2);
    await expectRollupsExact();

    const retry = (
      await tenor.http
        .post('/api/privacy/erasures')
        .send({ author: MAX, mode: 'anonymise', reference: 'DSGVO-17' })
        .expect(201)
    ).body;
    expect(retry).toMatchObject({ comments: 0, events: 0 });
    expect((await Promise.all(ids.map(comment))).map((view) => view.version)).toEqual(
      before.map((view) => view.version + 1),
    );
    expect(
      (await tenor.http.get('/api/comments').query({ author: OTHER_MAX }).expect(200)).body.items,
    ).toHaveLength(4);
  });

  it('deletes: the comments, their audit events and their share of every trend rollup go; a retry reports 0', async () => {
    const ids = idsOf.get(ERIKA) as number[];
    const totalBefore = (await tenor.http.get('/api/comments/counts').expect(200)).body.total;
    const rollupsBefore = await rollups.stored();
    const erased = (
      await tenor.http.post('/api/privacy/erasures').send({ author: ERIKA, mode: 'delete' }).expect(201)
    ).body;
    expect(erased).toMatchObject({ mode: 'delete', reference: null, comments: 4, events: 4 });

    for (const id of ids) await tenor.http.get(`/api/comments/${id}`).expect(404);
    expect((await tenor.http.get('/api/comments/counts').expect(200)).body.total).toBe(totalBefore - 4);
    const [{ count }] = await dataSource.query(
      `SELECT COUNT(*) AS count FROM moderation_events WHERE comment_id IN (${ids.join(', ')})`,
    );
    expect(Number(count)).toBe(0);
    const audit = await tenor.http.get('/api/audit.csv').expect(200);
    expect(audit.text).not.toContain(ERIKA);
    await expectRollupsExact();
    expect(rollupLines(await rollups.stored())).not.toEqual(rollupLines(rollupsBefore));

    const retry = (
      await tenor.http
        .post('/api/privacy/erasures')
        .send({ author: ERIKA, mode: 'delete', reference: 'DSGVO-18' })
        .expect(201)
    ).body;
    expect(retry).toMatchObject({ comments: 0, events: 0 });
    await expectRollupsExact();
  });

  it('keeps a record of every request without the name, which a repeated request for the same person finds', async () => {
    const records: ErasureView[] = (await tenor.http.get('/api/privacy/erasures').expect(200)).body;
    expect(records.map((record) => [record.mode, record.comments, record.reference])).toEqual([
      ['delete', 0, 'DSGVO-18'],
      ['delete', 4, null],
      ['anonymise', 0, 'DSGVO-17'],
      ['anonymise', 4, 'DSGVO-17'],
    ]);
    expect((await tenor.http.get('/api/privacy/erasures?limit=1').expect(200)).body).toHaveLength(1);
    const stored = JSON.stringify(await dataSource.query('SELECT * FROM privacy_erasures')).toLowerCase();
    expect(stored).not.toContain('mustermann');
    expect(stored).not.toContain('beispiel');
    const preview = (
      await tenor.http.get('/api/privacy/authors').query({ author: ' max  mustermann ' }).expect(200)
    ).body;
    expect(preview.comments).toBe(0);
    expect(preview.earlierErasures.map((record: ErasureView) => record.comments)).toEqual([0, 4]);
  });

  it('keeps audit events immutable apart from the redaction of a note', async () => {
    await expect(dataSource.query("UPDATE moderation_events SET note = 'geändert'")).rejects.toThrow(
      /immutable/,
    );
    await expect(
      dataSource.query(`UPDATE moderation_events SET note = '${REDACTED_NOTE}', actor = 'jemand'`),
    ).rejects.toThrow(/immutable/);
  });
});
