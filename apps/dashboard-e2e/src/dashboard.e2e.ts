/**
 * Browser test of the dashboard against a running Tenor server seeded with the sample corpus.
 * Plain Node script on playwright-core and the system Chromium; the base URL comes from TENOR_URL.
 * Prints one line per check, then "N passed, M failed"; exits 1 when a check failed, 2 when it could not start.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, Locator, Page, chromium } from 'playwright-core';

/** Authors of the four comments in the sample corpus (seed 002). */
const EXPECTED_AUTHORS = ['Ingo Kerp', 'David Ender', 'Ole Bayern', 'aurel aurelis'];
/** Comments and articles in the sample corpus. */
const EXPECTED_COMMENT_COUNT = 4;
const EXPECTED_ARTICLE_COUNT = 5;
/** Long enough for a cold server and a lazily loaded chunk, short enough to fail fast. */
const STEP_TIMEOUT_MS = 15_000;
const POLL_INTERVAL_MS = 100;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

interface CheckResult {
  name: string;
  error: string | null;
}

const screenshotDirectory = resolve(process.env['E2E_SCREENSHOT_DIR'] ?? resolve(__dirname, '../../../dist/e2e-screenshots'));
const results: CheckResult[] = [];

async function main(): Promise<number> {
  const baseUrl = process.env['TENOR_URL']?.replace(/\/+$/, '');
  if (!baseUrl) {
    console.error('dashboard e2e: TENOR_URL is not set (expected e.g. http://localhost:3000).');
    return 2;
  }
  mkdirSync(screenshotDirectory, { recursive: true });

  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
  } catch (error) {
    console.error(`dashboard e2e: could not launch Chromium: ${messageOf(error)}`);
    return 2;
  }

  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        console.log(`  (browser console error) ${message.text()}`);
      }
    });

    await runChecks(page, baseUrl, pageErrors);
  } finally {
    await browser.close();
  }

  const failed = results.filter((result) => result.error !== null).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    console.error(`dashboard e2e FAILED; screenshots in ${screenshotDirectory}`);
  }
  return failed > 0 ? 1 : 0;
}

async function runChecks(page: Page, baseUrl: string, pageErrors: string[]): Promise<void> {
  const cards = page.getByTestId('comment-card');

  const hasQueueOpened = await check(page, 'queue page opens with its tabs', async () => {
    await page.goto(`${baseUrl}/queue`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('queue-tab-flagged').waitFor({ state: 'visible' });
    await page.getByTestId('queue-tab-all').waitFor({ state: 'visible' });
  });
  if (!hasQueueOpened) {
    console.log(`     the dashboard did not load from ${baseUrl}; skipping the remaining checks`);
    return;
  }

  await check(page, `"Alle" tab lists exactly ${EXPECTED_COMMENT_COUNT} comments`, async () => {
    await page.getByTestId('queue-tab-all').click();
    await page.waitForURL(/[?&]tab=all/);
    await expectCount(cards, EXPECTED_COMMENT_COUNT, 'comment cards');
    await page.screenshot({ path: resolve(screenshotDirectory, 'queue-all.png'), fullPage: true });
  });

  await check(page, 'the sample authors are listed', async () => {
    const authors = (await page.getByTestId('comment-author').allTextContents()).map((author) => author.trim());
    const missing = EXPECTED_AUTHORS.filter((author) => !authors.includes(author));
    if (missing.length > 0) {
      throw new Error(`missing authors ${JSON.stringify(missing)}; listed ${JSON.stringify(authors)}`);
    }
  });

  await check(page, "Ingo Kerp's comment has highlighted evidence", async () => {
    const card = cards.filter({ has: page.getByTestId('comment-author').getByText('Ingo Kerp', { exact: true }) });
    await expectCount(card, 1, 'cards by Ingo Kerp');
    const marks = await card.getByTestId('evidence-mark').count();
    if (marks < 1) {
      throw new Error('no evidence-mark in the card');
    }
  });

  let approvedCommentId: string | null = null;
  await check(page, 'approving a pending comment marks it approved', async () => {
    const pendingCard = cards.filter({ has: page.locator('[data-testid="comment-status"][data-status="pending"]') }).first();
    await pendingCard.waitFor({ state: 'visible' });
    const commentId = await pendingCard.getAttribute('data-comment-id');
    if (commentId === null) {
      throw new Error('pending card has no data-comment-id');
    }
    const card = page.locator(`[data-testid="comment-card"][data-comment-id="${commentId}"]`);
    await card.getByTestId('approve-button').click();
    const status = card.getByTestId('comment-status');
    await waitUntil(async () => /freigegeben|approved/i.test((await status.textContent()) ?? ''), async () => `status of comment ${commentId} reads "${(await status.textContent())?.trim()}"`);
    approvedCommentId = commentId;
    await page.screenshot({ path: resolve(screenshotDirectory, 'queue-after-approve.png'), fullPage: true });
  });

  await check(page, 'the approved comment is listed under "Freigegeben"', async () => {
    if (approvedCommentId === null) {
      throw new Error('no comment was approved in the previous check');
    }
    await page.getByTestId('queue-tab-approved').click();
    await page.waitForURL(/[?&]tab=approved/);
    await page.locator(`[data-testid="comment-card"][data-comment-id="${approvedCommentId}"]`).waitFor({ state: 'visible' });
    const statuses = await page.getByTestId('comment-status').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status')));
    if (statuses.some((status) => status !== 'approved')) {
      throw new Error(`the Freigegeben tab lists statuses ${JSON.stringify(statuses)}`);
    }
    await page.screenshot({ path: resolve(screenshotDirectory, 'queue-approved.png'), fullPage: true });
  });

  await check(page, `articles page lists ${EXPECTED_ARTICLE_COUNT} articles`, async () => {
    await page.goto(`${baseUrl}/articles`, { waitUntil: 'domcontentloaded' });
    await expectCount(page.getByTestId('article-row'), EXPECTED_ARTICLE_COUNT, 'article rows');
    await page.screenshot({ path: resolve(screenshotDirectory, 'articles.png'), fullPage: true });
  });

  await check(page, 'trends page draws the tone chart', async () => {
    await page.goto(`${baseUrl}/trends`, { waitUntil: 'domcontentloaded' });
    const chart = page.getByTestId('tone-chart');
    await chart.waitFor({ state: 'visible' });
    await chart.locator('canvas').first().waitFor({ state: 'attached' });
    await page.screenshot({ path: resolve(screenshotDirectory, 'trends.png'), fullPage: true });
  });

  await check(page, 'language toggle switches the interface to English and back', async () => {
    const articlesLink = page.getByTestId('nav-articles');
    await page.getByTestId('language-toggle').click();
    await waitUntil(async () => (await articlesLink.textContent())?.trim() === 'Articles', async () => `nav link reads "${(await articlesLink.textContent())?.trim()}"`);
    await page.screenshot({ path: resolve(screenshotDirectory, 'trends-english.png'), fullPage: true });
    await page.getByTestId('language-toggle').click();
    await waitUntil(async () => (await articlesLink.textContent())?.trim() === 'Artikel', async () => `nav link reads "${(await articlesLink.textContent())?.trim()}"`);
  });

  await check(page, 'no uncaught errors in the page', async () => {
    if (pageErrors.length > 0) {
      throw new Error(pageErrors.join(' | '));
    }
  });
}

/** Runs one check, records the outcome and, on failure, saves a screenshot named after it; resolves whether it passed. */
async function check(page: Page, name: string, body: () => Promise<void>): Promise<boolean> {
  try {
    await body();
    results.push({ name, error: null });
    console.log(`PASS ${name}`);
    return true;
  } catch (error) {
    results.push({ name, error: messageOf(error) });
    console.log(`FAIL ${name}\n     ${messageOf(error)}`);
    const file = resolve(screenshotDirectory, `failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    return false;
  }
}

/** Waits until a locator matches exactly `expected` elements; the error names the count last seen. */
async function expectCount(locator: Locator, expected: number, what: string): Promise<void> {
  await waitUntil(async () => (await locator.count()) === expected, async () => `expected ${expected} ${what}, saw ${await locator.count()}`);
}

/** Polls a condition until it holds or the step timeout passes, then throws the described state. */
async function waitUntil(condition: () => Promise<boolean>, describeState: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await condition()) {
      return;
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, POLL_INTERVAL_MS));
  }
  throw new Error(`timed out after ${STEP_TIMEOUT_MS} ms: ${await describeState()}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(`dashboard e2e crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
