/**
 * Browser checks of a GDPR erasure request on the settings page: an author's three comments previewed, anonymised
 * after a confirmation that names the count and the mode, the result and the new record shown; afterwards no
 * comment carries the name (the API says so) and a repeat preview finds none, with the earlier request.
 */
import { Page } from 'playwright-core';
import { apiPost, check, expectCount, expectText, screenshot, waitUntil } from './e2e-support';

/** The comments the check ingests for its author. */
const COMMENT_COUNT = 3;
const ARTICLE_EXTERNAL_ID = 'e2e-privacy-article';
/** The author name anonymised comments carry (ANONYMISED_AUTHOR in the contracts). */
const ANONYMISED_AUTHOR = 'anonymisiert';
const REFERENCE = 'DSGVO-E2E-001';

interface CommentPage {
  items: { id: number; author: string }[];
}

/** Ingests three comments by a new author, anonymises them from Settings → Datenschutz and checks the API. Needs the admin signed in. */
export async function checkPrivacyErasure(page: Page, baseUrl: string): Promise<void> {
  // Unique per run, so a reused database cannot hold comments or records of the name already.
  const runId = Date.now().toString(36);
  const author = `E2E Leserin ${runId}`;
  let commentIds: number[] = [];

  const isErased = await check(
    page,
    'the privacy tab previews an author, anonymises the 3 comments after a confirmation and records the request',
    async () => {
      commentIds = await ingestComments(page, baseUrl, author, runId);
      const recordsBefore = (await getJson<unknown[]>(page, `${baseUrl}/api/privacy/erasures`)).length;

      await page.getByTestId('nav-settings').click();
      await page.waitForURL(/\/settings$/);
      await page.getByTestId('settings-tab-privacy').click();
      await page.waitForURL(/\/settings\?tab=privacy$/);
      const eraseButton = page.getByTestId('privacy-erase-button');
      await eraseButton.waitFor({ state: 'visible' });
      if (await eraseButton.isEnabled()) throw new Error('"Ausführen" is enabled before a preview');

      await page.getByTestId('privacy-author').fill(author);
      await page.getByTestId('privacy-preview-button').click();
      await expectPreview(page, COMMENT_COUNT);
      await page.getByTestId('privacy-mode-anonymise').click();
      if (!(await page.getByTestId('privacy-mode-anonymise').locator('input').isChecked()))
        throw new Error('the anonymise mode is not chosen');
      await page.getByTestId('privacy-reference').fill(REFERENCE);
      if (!(await eraseButton.isEnabled())) throw new Error('"Ausführen" stays disabled after the preview');

      await eraseButton.click();
      const dialog = page.getByTestId('privacy-confirm-dialog');
      await dialog.waitFor({ state: 'visible' });
      await expectText(
        dialog.getByTestId('privacy-confirm-comments'),
        new RegExp(`^\\s*${COMMENT_COUNT}\\s*$`),
      );
      await expectText(dialog.getByTestId('privacy-confirm-mode'), /Anonymisieren/);
      await dialog.getByTestId('privacy-confirm').click();
      await dialog.waitFor({ state: 'detached' });

      const result = page.getByTestId('privacy-result');
      await result.waitFor({ state: 'visible' });
      if ((await result.getAttribute('data-comments')) !== String(COMMENT_COUNT))
        throw new Error(`the result shows ${await result.getAttribute('data-comments')} comments`);
      const rows = page.getByTestId('privacy-erasures').getByTestId('privacy-erasure-row');
      await expectCount(rows, recordsBefore + 1, 'erasure records');
      const newest = rows.first();
      if ((await newest.getAttribute('data-mode')) !== 'anonymise')
        throw new Error(`the newest record's mode is ${await newest.getAttribute('data-mode')}`);
      // Columns: time, who, mode, reference, comments, events, hash.
      await expectText(newest.locator('td').nth(3), new RegExp(`^\\s*${REFERENCE}\\s*$`));
      await expectText(newest.locator('td').nth(4), new RegExp(`^\\s*${COMMENT_COUNT}\\s*$`));
      await page.screenshot({ path: screenshot('settings-privacy.png'), fullPage: true });
    },
  );
  if (!isErased) return;

  await check(
    page,
    'after the erasure no comment carries the name, the 3 are anonymised, and a repeat preview finds 0',
    async () => {
      const remaining = await getJson<CommentPage>(
        page,
        `${baseUrl}/api/comments?author=${encodeURIComponent(author)}`,
      );
      if (remaining.items.length > 0)
        throw new Error(`${remaining.items.length} comments still carry the name`);
      for (const commentId of commentIds) {
        const comment = await getJson<{ author: string }>(page, `${baseUrl}/api/comments/${commentId}`);
        if (comment.author !== ANONYMISED_AUTHOR)
          throw new Error(`comment ${commentId} is by "${comment.author}"`);
      }

      await page.getByTestId('privacy-preview-button').click();
      await expectPreview(page, 0);
      await expectCount(page.getByTestId('privacy-earlier-row'), 1, 'earlier requests for the name');
      if (await page.getByTestId('privacy-erase-button').isEnabled())
        throw new Error('"Ausführen" is enabled after a preview that found no comment');
    },
  );
}

/** Ingests an article and three harmless comments by the author; resolves their ids. */
async function ingestComments(page: Page, baseUrl: string, author: string, runId: string): Promise<number[]> {
  const lines = [
    {
      kind: 'article',
      externalId: ARTICLE_EXTERNAL_ID,
      title: 'Neue Radwege in der Innenstadt',
      section: 'Lokales',
      publishedAt: '2022-02-21T08:00:00Z',
    },
    ...Array.from({ length: COMMENT_COUNT }, (_, index) => ({
      kind: 'comment',
      externalId: `e2e-privacy-${runId}-${index}`,
      articleExternalId: ARTICLE_EXTERNAL_ID,
      author,
      postedAt: `2022-02-21T09:0${index}:00Z`,
      body: `Danke für den Überblick, die Pläne für die Kreuzung am Markt finde ich gut (Beitrag ${index + 1}).`,
    })),
  ];
  const response = await apiPost(page, `${baseUrl}/api/ingest`, {
    headers: { 'content-type': 'application/x-ndjson' },
    data: lines.map((line) => JSON.stringify(line)).join('\n'),
  });
  if (!response.ok()) throw new Error(`ingest failed with HTTP ${response.status()}`);
  const report = (await response.json()) as { commentsCreated: number; rejected: number };
  if (report.commentsCreated !== COMMENT_COUNT || report.rejected !== 0)
    throw new Error(`ingest report ${JSON.stringify(report)}`);
  const comments = await getJson<CommentPage>(
    page,
    `${baseUrl}/api/comments?author=${encodeURIComponent(author)}`,
  );
  if (comments.items.length !== COMMENT_COUNT)
    throw new Error(`${comments.items.length} comments carry the name after the ingest`);
  return comments.items.map((comment) => comment.id);
}

/** Waits until the preview counts the expected comments for the name. */
async function expectPreview(page: Page, comments: number): Promise<void> {
  const preview = page.getByTestId('privacy-preview');
  await waitUntil(
    async () => (await preview.getAttribute('data-comments')) === String(comments),
    async () =>
      `the preview counts ${await preview.getAttribute('data-comments')} comments and ${await preview.getAttribute('data-events')} events, expected ${comments} comments`,
  );
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered HTTP ${response.status()}`);
  return (await response.json()) as T;
}
