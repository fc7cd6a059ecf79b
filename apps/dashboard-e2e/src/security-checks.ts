/**
 * Hostile input in the browser: comments and an article title carrying script payloads are shown as text and
 * never run, and the page is served with a Content-Security-Policy that would stop an inline script anyway.
 */
import { Page } from 'playwright-core';
import { apiPost, check, expectText, screenshot, waitUntil } from './e2e-support';

/** A word in every payload, to find the hostile comments with the queue's search. */
const MARKER = 'xssprobe';

/** Each payload sets `window.tenorXss` if it ever runs; the value tells which one did. */
const PAYLOADS = [
  `${MARKER} <script>window.tenorXss = 'script'</script>`,
  `${MARKER} <img src=x onerror="window.tenorXss = 'img'">`,
  `${MARKER} <svg onload="window.tenorXss = 'svg'"></svg> <a href="javascript:window.tenorXss='link'">klick</a>`,
  `${MARKER} {{constructor.constructor('window.tenorXss = "angular"')()}}`,
];
const HOSTILE_TITLE = `<img src=x onerror="window.tenorXss = 'title'">Ein ${MARKER}-Artikel`;
const HOSTILE_AUTHOR = `"><b onmouseover="window.tenorXss='author'">Gast</b>`;

/** Ingests the payloads, opens them in the queue, the detail and the article page, and checks nothing ran. */
export async function checkHostileInputIsInert(page: Page, baseUrl: string): Promise<void> {
  let articleId = '';
  await check(page, 'comments and titles carrying script payloads are stored and shown as text, and none runs', async () => {
    const lines = [
      { kind: 'article', externalId: 'e2e-xss-article', title: HOSTILE_TITLE, section: 'Politik', publishedAt: '2022-02-20T08:00:00Z' },
      ...PAYLOADS.map((body, index) => ({
        kind: 'comment',
        externalId: `e2e-xss-${index}`,
        articleExternalId: 'e2e-xss-article',
        author: HOSTILE_AUTHOR,
        postedAt: '2022-02-20T09:00:00Z',
        body,
      })),
    ];
    const ingest = await apiPost(page, `${baseUrl}/api/ingest`, {
      headers: { 'content-type': 'application/x-ndjson' },
      data: lines.map((line) => JSON.stringify(line)).join('\n'),
    });
    if (!ingest.ok()) throw new Error(`ingest failed with HTTP ${ingest.status()}`);

    const response = await page.goto(`${baseUrl}/queue?tab=all&q=${MARKER}`, { waitUntil: 'domcontentloaded' });
    const policy = response?.headers()['content-security-policy'] ?? '';
    if (!/script-src 'self'(;|$)/.test(policy)) throw new Error(`the dashboard's Content-Security-Policy is "${policy}"`);
    const cards = page.getByTestId('comment-card');
    await waitUntil(
      async () => (await cards.count()) === PAYLOADS.length,
      async () => `${await cards.count()} cards for the search "${MARKER}"`,
    );
    await expectText(cards.filter({ hasText: '<script>' }).first(), /<script>window\.tenorXss = 'script'<\/script>/);
    await expectText(cards.filter({ hasText: 'onerror' }).first(), /<img src=x onerror=/);
    await expectText(page.getByTestId('comment-author').first(), /"><b onmouseover=/);
    await cards.first().hover();
    await cards.first().getByTestId('comment-open').click();
    await page.getByTestId('comment-detail').waitFor({ state: 'visible' });
    await page.getByTestId('detail-author').hover();
    await page.screenshot({ path: screenshot('xss-queue.png') });
    await expectNothingRan(page);
    const articles = (await (await page.request.get(`${baseUrl}/api/articles`)).json()) as { id: number; externalId: string }[];
    const article = articles.find((candidate) => candidate.externalId === 'e2e-xss-article');
    if (!article) throw new Error('the hostile article is not listed');
    articleId = String(article.id);
  });

  await check(page, 'a hostile article title shows as text on the article page, and nothing runs', async () => {
    await page.goto(`${baseUrl}/articles/${articleId}`, { waitUntil: 'domcontentloaded' });
    await expectText(page.getByTestId('article-title'), /<img src=x onerror=/);
    await page.screenshot({ path: screenshot('xss-article.png') });
    await expectNothingRan(page);
  });
}

/** No payload ran, and none of their elements entered the page. */
async function expectNothingRan(page: Page): Promise<void> {
  // Long enough for an image error or a deferred handler to fire.
  await page.waitForTimeout(500);
  const ran = await page.evaluate(() => (window as unknown as { tenorXss?: string }).tenorXss ?? null);
  if (ran !== null) throw new Error(`the ${ran} payload ran`);
  const injected = await page.locator('img[src="x"], svg[onload], b[onmouseover], a[href^="javascript:"]').count();
  if (injected > 0) throw new Error(`${injected} payload elements were rendered as HTML`);
}
