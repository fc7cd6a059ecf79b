/** Checks of the moderation queue: mouse, keyboard, bulk, detail, live updates, conflicts and filters. */
import { Page } from 'playwright-core';
import {
  apiPost,
  cardById,
  cardIdByAuthor,
  cardIds,
  check,
  expectCount,
  expectStatus,
  expectText,
  firstCardId,
  screenshot,
  selectedCardId,
  waitUntil,
} from './e2e-support';

/** Authors of the four comments in the sample corpus (seed 002). */
const EXPECTED_AUTHORS = ['Ingo Kerp', 'David Ender', 'Ole Bayern', 'aurel aurelis'];
const EXPECTED_COMMENT_COUNT = EXPECTED_AUTHORS.length;
/** The seed article the four comments are on; the live check adds a comment to it. */
const SEED_ARTICLE_EXTERNAL_ID = '002_04e33e5c51f282ea';

/** The "Alle" tab, the seed comments and approving one with the mouse. */
export async function checkQueueByMouse(page: Page): Promise<void> {
  const cards = page.getByTestId('comment-card');

  await check(page, `"Alle" tab lists exactly ${EXPECTED_COMMENT_COUNT} comments`, async () => {
    await page.getByTestId('queue-tab-all').click();
    await page.waitForURL(/[?&]tab=all/);
    await expectCount(cards, EXPECTED_COMMENT_COUNT, 'comment cards');
    await expectText(page.getByTestId('queue-count-all'), new RegExp(`^\\s*${EXPECTED_COMMENT_COUNT}\\s*$`));
    await page.screenshot({ path: screenshot('queue-all.png'), fullPage: true });
  });

  await check(page, 'the sample authors are listed', async () => {
    const authors = (await page.getByTestId('comment-author').allTextContents()).map((author) =>
      author.trim(),
    );
    const missing = EXPECTED_AUTHORS.filter((author) => !authors.includes(author));
    if (missing.length > 0) {
      throw new Error(`missing authors ${JSON.stringify(missing)}; listed ${JSON.stringify(authors)}`);
    }
  });

  await check(page, "Ingo Kerp's comment has highlighted evidence", async () => {
    const card = cardById(page, await cardIdByAuthor(page, 'Ingo Kerp'));
    if ((await card.getByTestId('evidence-mark').count()) < 1) {
      throw new Error('no evidence-mark in the card');
    }
  });

  await check(
    page,
    'approving with the mouse marks the comment approved and selects the next card',
    async () => {
      const commentId = await firstCardId(page, '[data-testid="comment-status"][data-status="pending"]');
      await cardById(page, commentId).getByTestId('approve-button').click();
      await expectStatus(page, commentId, 'approved');
      if ((await selectedCardId(page)) === commentId) {
        throw new Error('the selection stayed on the decided card');
      }
      await page
        .getByText(/Freigegeben · /)
        .first()
        .waitFor({ state: 'visible' });
      await page.screenshot({ path: screenshot('queue-after-approve.png') });
    },
  );
}

/** j, r + digit + Enter, u, x + bulk escalate, Enter for the detail, ? for the keys. */
export async function checkQueueByKeyboard(page: Page): Promise<void> {
  let rejectedId = '';
  await check(page, 'j moves the selection to the next card', async () => {
    const ids = await cardIds(page);
    const before = await selectedCardId(page);
    await page.keyboard.press('j');
    const expected = ids[Math.min(ids.indexOf(before) + 1, ids.length - 1)];
    await waitUntil(
      async () => (await selectedCardId(page)) === expected,
      async () => `selected ${await selectedCardId(page)}, expected ${expected}`,
    );
    rejectedId = expected;
  });

  await check(page, 'r, a digit and Enter reject the selected comment with that reason', async () => {
    await page.keyboard.press('r');
    const dialog = page.getByTestId('decision-dialog');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('2');
    await dialog.locator('[data-reason="threat"] input[type="radio"]:checked').waitFor({ state: 'attached' });
    await page.screenshot({ path: screenshot('reject-reason-picker.png') });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectStatus(page, rejectedId, 'rejected');
  });

  await check(page, 'u undoes the rejection', async () => {
    await page.keyboard.press('u');
    await expectStatus(page, rejectedId, 'pending');
    await waitUntil(
      async () => (await selectedCardId(page)) === rejectedId,
      async () => `selected ${await selectedCardId(page)} after the undo`,
    );
  });

  await check(
    page,
    'x checks two cards and the bulk bar escalates them after confirming the count',
    async () => {
      const ids = await cardIds(page);
      const first = await selectedCardId(page);
      await page.keyboard.press('x');
      await page.keyboard.press(ids.indexOf(first) === ids.length - 1 ? 'k' : 'j');
      await page.keyboard.press('x');
      const escalatedIds = [first, await selectedCardId(page)];
      await expectText(page.getByTestId('bulk-count'), /2 ausgewählt/);
      await page.getByTestId('bulk-escalate').click();
      const dialog = page.getByTestId('decision-dialog');
      await dialog.waitFor({ state: 'visible' });
      await expectText(dialog.getByTestId('bulk-confirm-count'), /^\s*2\s*$/);
      await page.screenshot({ path: screenshot('bulk-confirm.png') });
      await dialog.getByTestId('decision-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      for (const id of escalatedIds) {
        await expectStatus(page, id, 'escalated');
      }
    },
  );

  await check(page, 'Enter opens the detail with the audit trail and the author history', async () => {
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('comment-detail');
    await detail.waitFor({ state: 'visible' });
    await detail.getByTestId('detail-author-history').waitFor({ state: 'visible' });
    const events = detail.getByTestId('detail-audit-event');
    await waitUntil(
      async () => (await events.count()) >= 1,
      async () => `${await events.count()} audit events in the detail`,
    );
    if ((await detail.getAttribute('data-comment-id')) !== (await selectedCardId(page))) {
      throw new Error('the detail does not show the selected comment');
    }
    await detail
      .locator('[data-testid="detail-neighbour"][data-current="true"]')
      .waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshot('comment-detail.png') });
  });

  await check(page, '? shows the keys overlay and Esc closes overlay and detail', async () => {
    await page.keyboard.press('?');
    const overlay = page.getByTestId('keys-overlay');
    await overlay.waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshot('keys-overlay.png') });
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByTestId('comment-detail').waitFor({ state: 'detached' });
  });
}

/** Changes made elsewhere arrive over /api/live; a decision on a stale version shows the newer state. */
export async function checkLiveUpdates(page: Page, baseUrl: string): Promise<void> {
  let commentId = '';
  await check(page, 'a decision made elsewhere updates the card live', async () => {
    commentId = await cardIdByAuthor(page, 'David Ender');
    await expectStatus(page, commentId, 'pending');
    const version = await commentVersion(page, baseUrl, commentId);
    // The browser context's request client shares its session cookie, like a colleague at another desk would have their own.
    const response = await apiPost(page, `${baseUrl}/api/comments/${commentId}/decision`, {
      data: { action: 'escalate', expectedVersion: version },
    });
    if (!response.ok()) throw new Error(`decision failed with HTTP ${response.status()}`);
    await expectStatus(page, commentId, 'escalated');
  });

  await check(page, 'deciding on a stale version shows the newer state and a conflict message', async () => {
    await cardById(page, commentId).getByTestId('reject-button').click();
    const dialog = page.getByTestId('decision-dialog');
    await dialog.waitFor({ state: 'visible' });
    const version = await commentVersion(page, baseUrl, commentId);
    await apiPost(page, `${baseUrl}/api/comments/${commentId}/decision`, {
      data: { action: 'approve', expectedVersion: version },
    });
    await expectStatus(page, commentId, 'approved');
    await page.keyboard.press('1');
    // Confirmed with the mouse here: the keyboard path (digit, Enter) is its own check above.
    await dialog.getByTestId('decision-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('conflict-notice'), /inzwischen/);
    await expectStatus(page, commentId, 'approved');
    await page.screenshot({ path: screenshot('queue-conflict.png') });
  });

  await check(page, 'a new comment announced live shows a banner that reloads the list', async () => {
    const response = await apiPost(page, `${baseUrl}/api/comments`, {
      data: {
        externalId: 'e2e-live-comment',
        articleExternalId: SEED_ARTICLE_EXTERNAL_ID,
        author: 'Live Leserin',
        postedAt: '2022-01-28T09:00:00.000Z',
        body: 'Ein neuer Kommentar, während die Moderation offen ist.',
      },
    });
    if (!response.ok()) throw new Error(`creating the comment failed with HTTP ${response.status()}`);
    const banner = page.getByTestId('live-banner');
    await expectText(banner, /1 neuer Kommentar/);
    await page.screenshot({ path: screenshot('queue-live-banner.png') });
    await banner.click();
    await expectCount(
      page.getByTestId('comment-card'),
      EXPECTED_COMMENT_COUNT + 1,
      'comment cards after reloading',
    );
  });
}

/** Filtering by a clicked author and by full-text search (the / key). */
export async function checkFilters(page: Page): Promise<void> {
  await check(page, 'clicking an author filters the queue by that author, the chip removes it', async () => {
    await page.getByTestId('comment-author').getByText('Ingo Kerp', { exact: true }).click();
    await page.waitForURL(/author=Ingo/);
    await page.getByTestId('author-filter-chip').waitFor({ state: 'visible' });
    await expectCount(page.getByTestId('comment-card'), 1, 'cards by Ingo Kerp');
    await expectText(page.getByTestId('queue-count-all'), /^\s*1\s*$/);
    await page.getByTestId('author-filter-chip').locator('button').click();
    await expectCount(
      page.getByTestId('comment-card'),
      EXPECTED_COMMENT_COUNT + 1,
      'cards without the author filter',
    );
  });

  await check(page, '/ focuses the search and full-text search narrows the cards', async () => {
    await page.keyboard.press('/');
    const search = page.getByTestId('queue-search');
    await waitUntil(
      async () => search.evaluate((element) => element === document.activeElement),
      async () => 'the search box has no focus',
    );
    await page.keyboard.type('Zirkon');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Zirkon/);
    await expectCount(page.getByTestId('comment-card'), 1, 'cards matching "Zirkon"');
    await page.screenshot({ path: screenshot('queue-search.png') });
    await page.getByTestId('queue-filter-reset').click();
    await expectCount(
      page.getByTestId('comment-card'),
      EXPECTED_COMMENT_COUNT + 1,
      'cards after resetting the filters',
    );
  });
}

async function commentVersion(page: Page, baseUrl: string, commentId: string): Promise<number> {
  const response = await page.request.get(`${baseUrl}/api/comments/${commentId}`);
  return ((await response.json()) as { version: number }).version;
}
