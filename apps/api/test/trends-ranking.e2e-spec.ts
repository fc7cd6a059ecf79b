import type { ArticleTrendPage, ArticleTrendRow, ArticleTrendSort } from '@tenor/contracts';
import { COMPOUND_SCALE, hourKeyToMs, msToHourKey, startOfBerlinDay, utcHourKeyOfInstant } from '@tenor/insights';
import { DataSource } from 'typeorm';
import { HostileAlertEntity } from '../src/alerts/hostile-alert.entity';
import { startTestApp, type TestApp } from './support/test-app';

const SECTIONS = ['Politik', 'Sport', null] as const;
// Scored negative and flagged, negative, neutral, positive, and English.
const BODIES = [
  'Was für ein schrecklicher, dummer Unsinn, du Vollidiot.',
  'Das ist doch völliger Unsinn und eine Frechheit.',
  'Die Sitzung ist am Donnerstag um 18 Uhr.',
  'Großartig, ein wunderbarer und kluger Artikel!',
  'What a wonderful and great match, I love it!',
];
const ARTICLES = 14;
const RECENT_HOURS = 6;
const SORTS: ArticleTrendSort[] = ['negativeShare', 'flaggedShare', 'volume', 'acceleration'];

/**
 * Articles `r-a0…` whose comments spread over 8 to 12 March 2024, crossing Berlin midnight, denser towards the
 * end. Article a and a + 7 get the same number and mix of comments, so the shares and volumes tie.
 */
function corpus(): string {
  const lines: string[] = [];
  for (let article = 0; article < ARTICLES; article++) {
    const section = SECTIONS[article % SECTIONS.length];
    lines.push(JSON.stringify({ kind: 'article', externalId: `r-a${article}`, title: `Artikel ${article}`, ...(section ? { section } : {}) }));
    const twin = article % 7;
    for (let index = 0; index < 3 + twin * 2; index++) {
      const body = BODIES[(index + twin) % Math.min(twin + 2, BODIES.length)];
      // Minutes after 8 March 00:00 UTC, squeezed towards the end of the 12th.
      const minutes = Math.round(6_900 * Math.sqrt((index + 1) / (3 + twin * 2))) - article * 7;
      lines.push(
        JSON.stringify({
          kind: 'comment',
          externalId: `r-a${article}-c${index}`,
          articleExternalId: `r-a${article}`,
          author: `Leser ${index}`,
          postedAt: new Date(Date.UTC(2024, 2, 8) + minutes * 60_000).toISOString(),
          body,
          ...(body.startsWith('What') ? { language: 'en' } : {}),
        }),
      );
    }
  }
  // A quiet article whose last comments fall just after Berlin midnight: its pace window reaches back before 11 March.
  lines.push(JSON.stringify({ kind: 'article', externalId: 'r-late', title: 'Artikel spät', section: 'Kultur' }));
  for (const [index, postedAt] of ['13:10', '15:10', '20:10', '22:10', '23:10', '23:50'].entries()) {
    const body = BODIES[index % 3];
    lines.push(JSON.stringify({ kind: 'comment', externalId: `r-late-c${index}`, articleExternalId: 'r-late', author: 'Leserin', postedAt: `2024-03-10T${postedAt}:00.000Z`, body }));
  }
  return `${lines.join('\n')}\n`;
}

interface RawComment {
  articleId: number;
  postedAt: string;
  postedDay: string;
  language: string;
  section: string | null;
  toneLabel: string;
  toneCompound: number;
  isFlagged: boolean;
}

interface RankingQuery {
  from: string;
  to: string;
  sort: ArticleTrendSort;
  minComments: number;
  limit: number;
  section?: string;
  language?: string;
}

/** The ranking recounted from the raw comments, ordered as the endpoint documents it. */
function expectedRanking(
  comments: RawComment[],
  articles: Map<number, { title: string; section: string | null; openAlerts: number }>,
  query: RankingQuery,
): Partial<ArticleTrendRow>[] {
  const matches = comments.filter(
    (comment) => (query.section === undefined || comment.section === query.section) && (query.language === undefined || comment.language === query.language),
  );
  const inRange = matches.filter((comment) => comment.postedDay >= query.from && comment.postedDay < query.to);
  const latest = inRange.reduce((newest, comment) => (comment.postedAt > newest ? comment.postedAt : newest), '');
  const latestMs = latest === '' ? 0 : hourKeyToMs(latest.slice(0, 13));
  const recentStart = msToHourKey(latestMs - (RECENT_HOURS - 1) * 3_600_000);
  const previousStart = msToHourKey(latestMs - (2 * RECENT_HOURS - 1) * 3_600_000);
  const rows = new Map<number, { count: number; compoundSumE4: number; negative: number; flagged: number; recent: number; previous: number }>();
  const row = (articleId: number) => {
    const existing = rows.get(articleId) ?? { count: 0, compoundSumE4: 0, negative: 0, flagged: 0, recent: 0, previous: 0 };
    rows.set(articleId, existing);
    return existing;
  };
  for (const comment of inRange) {
    const totals = row(comment.articleId);
    totals.count += 1;
    totals.compoundSumE4 += Math.round(comment.toneCompound * COMPOUND_SCALE);
    if (comment.toneLabel === 'negative') totals.negative += 1;
    if (comment.isFlagged) totals.flagged += 1;
  }
  if (latest !== '') {
    for (const comment of matches) {
      const hour = comment.postedAt.slice(0, 13);
      if (!rows.has(comment.articleId) || hour < previousStart || hour > latest.slice(0, 13)) continue;
      if (hour >= recentStart) row(comment.articleId).recent += 1;
      else row(comment.articleId).previous += 1;
    }
  }
  const ranked = [...rows]
    .filter(([, totals]) => totals.count >= query.minComments)
    .map(([articleId, totals]) => ({
      articleId,
      title: articles.get(articleId)?.title,
      section: articles.get(articleId)?.section,
      count: totals.count,
      meanCompound: totals.compoundSumE4 / COMPOUND_SCALE / totals.count,
      negativeShare: totals.negative / totals.count,
      flaggedShare: totals.flagged / totals.count,
      recentCount: totals.recent,
      previousCount: totals.previous,
      acceleration: totals.recent / Math.max(totals.previous, 1),
      openAlerts: articles.get(articleId)?.openAlerts,
    }));
  const key = (item: (typeof ranked)[number]) =>
    query.sort === 'volume' ? item.count : query.sort === 'acceleration' ? item.acceleration : item[query.sort];
  ranked.sort((a, b) => key(b) - key(a) || b.count - a.count || a.articleId - b.articleId);
  return ranked.slice(0, query.limit);
}

describe('the article ranking is ordered and cut to a page in the database, as a recount of the raw comments says', () => {
  let tenor: TestApp;
  let comments: RawComment[];
  let articles: Map<number, { title: string; section: string | null; openAlerts: number }>;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    const response = await tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(corpus()).expect(200);
    expect(response.body.rejected).toBe(0);
    const dataSource = tenor.app.get(DataSource);
    const alert = { signal: 'flagged', windowStart: '2024-03-12T10:00:00.000Z', windowEnd: '2024-03-12T11:00:00.000Z', count: 3, share: 0.5, baseline: 0.1, zScore: 4, detectedAt: '2024-03-12T11:00:00.000Z' } as const;
    await dataSource.manager.insert(HostileAlertEntity, [
      { ...alert, articleId: 2 },
      { ...alert, articleId: 2, windowStart: '2024-03-12T12:00:00.000Z' },
      { ...alert, articleId: 5, status: 'acknowledged', acknowledgedBy: 'admin', acknowledgedAt: '2024-03-12T12:00:00.000Z' },
      { ...alert, articleId: 9 },
    ]);
    const raw: Record<string, string | number | boolean | null>[] = await dataSource.query(
      `SELECT c.article_id AS "articleId", c.posted_at AS "postedAt", c.posted_day AS "postedDay", c.language AS language, a.section AS section,
              c.tone_label AS "toneLabel", c.tone_compound AS "toneCompound", c.is_flagged AS "isFlagged"
       FROM comments c JOIN articles a ON a.id = c.article_id`,
    );
    comments = raw.map((row) => ({
      articleId: Number(row.articleId),
      postedAt: String(row.postedAt),
      postedDay: String(row.postedDay),
      language: String(row.language),
      section: row.section === null ? null : String(row.section),
      toneLabel: String(row.toneLabel),
      toneCompound: Number(row.toneCompound),
      isFlagged: Boolean(row.isFlagged),
    }));
    const described: Record<string, string | number | null>[] = await dataSource.query(
      `SELECT a.id AS id, a.title AS title, a.section AS section,
              (SELECT COUNT(*) FROM hostile_alerts h WHERE h.article_id = a.id AND h.status = 'open') AS "openAlerts"
       FROM articles a`,
    );
    articles = new Map(described.map((row) => [Number(row.id), { title: String(row.title), section: row.section === null ? null : String(row.section), openAlerts: Number(row.openAlerts) }]));
  });

  afterAll(async () => {
    await tenor.remove();
  });

  it('has a corpus with both languages, flagged and negative comments, and comments after Berlin midnight', () => {
    expect(new Set(comments.map((comment) => comment.language))).toEqual(new Set(['de', 'en']));
    expect(comments.some((comment) => comment.isFlagged)).toBe(true);
    expect(comments.some((comment) => comment.toneLabel === 'negative')).toBe(true);
    // 23:00 UTC or later is the next Berlin day in March.
    expect(utcHourKeyOfInstant(startOfBerlinDay('2024-03-11'))).toBe('2024-03-10T23');
    expect(comments.some((comment) => comment.postedAt.slice(0, 10) !== comment.postedDay)).toBe(true);
  });

  it('counts the pace of the hours before the newest comment even where they lie before the range', async () => {
    const page = (await tenor.http.get('/api/trends/articles?from=2024-03-11&to=2024-03-12&section=Kultur&minComments=1').expect(200)).body as ArticleTrendPage;
    expect(page.items).toEqual([expect.objectContaining({ title: 'Artikel spät', count: 2, recentCount: 4, previousCount: 2, acceleration: 2 })]);
  });

  const ranges = [
    { from: '2024-03-01', to: '2024-03-31' },
    { from: '2024-03-12', to: '2024-03-13' },
    { from: '2024-03-09', to: '2024-03-11' },
    { from: '2024-03-11', to: '2024-03-12' },
    // No comments: an empty page.
    { from: '2024-04-01', to: '2024-04-30' },
  ];
  const filters: Pick<RankingQuery, 'section' | 'language'>[] = [{}, { section: 'Politik' }, { section: 'Kultur' }, { language: 'de' }, { language: 'en' }, { section: 'Sport', language: 'de' }];

  it.each(SORTS)('sorts by %s as the recount does, for every range, filter, minimum and page size', async (sort) => {
    let nonEmpty = 0;
    for (const range of ranges) {
      for (const filter of filters) {
        for (const [minComments, limit] of [
          [1, 50],
          [5, 3],
        ]) {
          const query: RankingQuery = { ...range, ...filter, sort, minComments, limit };
          const parameters = new URLSearchParams(Object.entries(query).map(([name, value]): [string, string] => [name, String(value)]));
          const page = (await tenor.http.get(`/api/trends/articles?${parameters}`).expect(200)).body as ArticleTrendPage;
          const expected = expectedRanking(comments, articles, query);
          expect({ query, items: page.items.map((item) => ({ ...item, publishedAt: undefined, isPremoderated: undefined })) }).toEqual({
            query,
            items: expected.map((item) => ({ ...item, publishedAt: undefined, isPremoderated: undefined })),
          });
          if (expected.length > 0) nonEmpty += 1;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('breaks ties by volume, then by article id', async () => {
    const page = (await tenor.http.get('/api/trends/articles?from=2024-03-01&to=2024-03-31&minComments=1&sort=negativeShare').expect(200)).body as ArticleTrendPage;
    const twins = page.items.filter((item) => item.articleId === 3 || item.articleId === 10);
    expect(twins.map((item) => item.articleId)).toEqual([3, 10]);
    expect(twins[0]).toMatchObject({ count: twins[1].count, negativeShare: twins[1].negativeShare });
  });

  it('counts only the open alerts of each article', async () => {
    const page = (await tenor.http.get('/api/trends/articles?from=2024-03-01&to=2024-03-31&minComments=1&sort=volume&limit=500').expect(200)).body as ArticleTrendPage;
    const openAlerts = new Map(page.items.map((item) => [item.articleId, item.openAlerts]));
    expect([openAlerts.get(2), openAlerts.get(5), openAlerts.get(9), openAlerts.get(1)]).toEqual([2, 0, 1, 0]);
  });
});
