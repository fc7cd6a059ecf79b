/** Shared pieces of the browser test: the check runner, polling waits, and helpers for the queue's cards. */
import { resolve } from 'node:path';
import { APIResponse, Locator, Page } from 'playwright-core';

/** Long enough for a cold server and a lazily loaded chunk, short enough to fail fast. */
export const STEP_TIMEOUT_MS = 15_000;
const POLL_INTERVAL_MS = 100;

/** One check's outcome; `error` is null when it passed. */
export interface CheckResult {
  name: string;
  error: string | null;
}

/** A username and password to sign in with. */
export interface Credentials {
  username: string;
  password: string;
}

/** Where screenshots go: E2E_SCREENSHOT_DIR, else dist/e2e-screenshots. */
export const screenshotDirectory = resolve(
  process.env['E2E_SCREENSHOT_DIR'] ?? resolve(__dirname, '../../../dist/e2e-screenshots'),
);

/** Every check run so far, in order. */
export const results: CheckResult[] = [];

/** The path of a screenshot file. */
export function screenshot(name: string): string {
  return resolve(screenshotDirectory, name);
}

/** Runs one check, records the outcome and, on failure, saves a screenshot named after it; resolves whether it passed. */
export async function check(page: Page, name: string, body: () => Promise<void>): Promise<boolean> {
  try {
    await body();
    results.push({ name, error: null });
    console.log(`PASS ${name}`);
    return true;
  } catch (error) {
    results.push({ name, error: messageOf(error) });
    console.log(`FAIL ${name}\n     ${messageOf(error)}`);
    await page
      .screenshot({
        path: screenshot(`failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
    // Close whatever the failed check left open (dialogs, overlays) so the next checks stand on their own.
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.keyboard.press('Escape').catch(() => undefined);
    return false;
  }
}

/** Signs in through the login form. */
export async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await page.getByTestId('login-username').fill(credentials.username);
  await page.getByTestId('login-password').fill(credentials.password);
  await page.getByTestId('login-submit').click();
}

/**
 * A change through the API with the page's session, as the dashboard makes it: the session cookie goes along by
 * itself, and the CSRF token is repeated from the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.
 */
export async function apiPost(
  page: Page,
  url: string,
  options: { data?: unknown; headers?: Record<string, string>; timeout?: number } = {},
): Promise<APIResponse> {
  const csrfToken = (await page.context().cookies(url)).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return page.request.post(url, { ...options, headers: { ...options.headers, 'x-xsrf-token': csrfToken } });
}

/** The queue card of a comment. */
export function cardById(page: Page, commentId: string): Locator {
  return page.locator(`[data-testid="comment-card"][data-comment-id="${commentId}"]`);
}

/** The listed comment ids, in list order. */
export async function cardIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('comment-card')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-comment-id') ?? ''));
}

/** The id of the card by an author. */
export async function cardIdByAuthor(page: Page, author: string): Promise<string> {
  const card = page
    .getByTestId('comment-card')
    .filter({ has: page.getByTestId('comment-author').getByText(author, { exact: true }) });
  await card.waitFor({ state: 'visible' });
  return (await card.getAttribute('data-comment-id')) ?? '';
}

/** The id of the first card containing an element. */
export async function firstCardId(page: Page, containing: string): Promise<string> {
  const card = page
    .getByTestId('comment-card')
    .filter({ has: page.locator(containing) })
    .first();
  await card.waitFor({ state: 'visible' });
  const commentId = await card.getAttribute('data-comment-id');
  if (commentId === null) throw new Error('card has no data-comment-id');
  return commentId;
}

/** The id of the selected card (the one the keys act on). */
export async function selectedCardId(page: Page): Promise<string> {
  return (
    (await page
      .locator('[data-testid="comment-card"][data-selected="true"]')
      .first()
      .getAttribute('data-comment-id')) ?? ''
  );
}

/** Waits until a card shows a status. */
export async function expectStatus(page: Page, commentId: string, status: string): Promise<void> {
  const pill = cardById(page, commentId).getByTestId('comment-status');
  await waitUntil(
    async () => (await pill.getAttribute('data-status')) === status,
    async () => `comment ${commentId} is ${await pill.getAttribute('data-status')}, expected ${status}`,
  );
}

/** Waits until a locator matches exactly `expected` elements; the error names the count last seen. */
export async function expectCount(locator: Locator, expected: number, what: string): Promise<void> {
  await waitUntil(
    async () => (await locator.count()) === expected,
    async () => `expected ${expected} ${what}, saw ${await locator.count()}`,
  );
}

/** Waits until a locator's text matches. */
export async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await waitUntil(
    async () => pattern.test((await locator.first().textContent()) ?? ''),
    async () => `text reads "${(await locator.first().textContent())?.trim()}", expected ${pattern}`,
  );
}

/** Polls a condition until it holds or the timeout (the step timeout unless given) passes, then throws the described state. */
export async function waitUntil(
  condition: () => Promise<boolean>,
  describeState: () => Promise<string>,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) {
      return;
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, POLL_INTERVAL_MS));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms: ${await describeState().catch((error: unknown) => messageOf(error))}`,
  );
}

/** The first line of an error's message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
