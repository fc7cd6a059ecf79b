/**
 * Browser checks of the admin settings for moderation: a lower flag threshold previewed (the count the page shows
 * is the API's, with precision/recall curves once a comment is rejected), saved and re-applied in the background,
 * the flagged queue moved by exactly the previewed number, the old version restored from the version list, the
 * versions in the audit log; and a moderator kept out.
 */
import { Page } from 'playwright-core';
import { apiPost, check, expectText, screenshot, waitUntil } from './e2e-support';

/** The category whose flag threshold the check lowers, and the thresholds it tries, highest first. */
const CATEGORY = 'insult';
const CANDIDATE_THRESHOLDS = [0.35, 0.3, 0.25, 0.2, 0.15, 0.1];
/** Re-applying thousands of comments on a busy two-core machine takes a while. */
const REAPPLY_TIMEOUT_MS = 120_000;
/** The preview reads every comment; allow it more than one step. */
const PREVIEW_TIMEOUT_MS = 60_000;
const SAVE_NOTE = 'E2E: Beleidigungen früher markieren';

type PolicyQueue = 'none' | 'flagged' | 'held' | 'rejected';

interface PolicyPreview {
  changedQueue: number;
  moves: { from: PolicyQueue; to: PolicyQueue; count: number }[];
}

interface PolicyState {
  active: { version: number; policy: { categories: Record<string, { flag: number }> } };
}

/** The admin's policy round trip: preview, save, re-apply, queue count, restore, audit log. Needs the admin signed in. */
export async function checkPolicySettings(page: Page, baseUrl: string): Promise<void> {
  let threshold: number | null = null;
  let flaggedChange = 0;
  let flaggedBefore = 0;
  let firstVersion = 0;
  let savedVersion = 0;

  const hasPreview = await check(
    page,
    'the preview of a lower insult flag threshold shows how many comments change queue, as the API counts',
    async () => {
      // The curves measure thresholds on approved and rejected comments; the queue checks left none rejected.
      await rejectTopFlaggedComment(page, baseUrl);
      const state = await getJson<PolicyState>(page, `${baseUrl}/api/settings/policy`);
      firstVersion = state.active.version;
      const chosen = await chooseThreshold(page, baseUrl, state);
      threshold = chosen.threshold;
      flaggedChange = flaggedChangeOf(chosen.preview);
      flaggedBefore = await flaggedCount(page);

      await page.getByTestId('nav-settings').click();
      await page.waitForURL(/\/settings$/);
      const flagInput = page.getByTestId(`policy-flag-${CATEGORY}`);
      await flagInput.waitFor({ state: 'visible' });
      await flagInput.fill(String(threshold));
      await page.getByTestId('policy-preview-button').click();
      const panel = page.getByTestId('policy-preview');
      await waitUntil(
        async () =>
          (await panel.getAttribute('data-current')) === 'true' &&
          (await panel.getAttribute('data-loading')) === 'false',
        async () =>
          `the preview panel is ${await panel.getAttribute('data-current')} / loading ${await panel.getAttribute('data-loading')}`,
        PREVIEW_TIMEOUT_MS,
      );
      const count = page.getByTestId('policy-preview-count');
      const shown = Number(await count.getAttribute('data-count'));
      if (!(shown > 0)) throw new Error(`the preview shows ${shown} comments changing queue`);
      if (shown !== chosen.preview.changedQueue) {
        throw new Error(`the page shows ${shown}, the API's preview ${chosen.preview.changedQueue}`);
      }
      await expectText(
        count,
        new RegExp(`^\\s*${formatGerman(shown)} Kommentare? würden? die Warteschlange wechseln`),
      );
      const shownMoves = await page.getByTestId('policy-preview-move').evaluateAll((rows) =>
        rows.map((row) => ({
          from: row.getAttribute('data-from') as PolicyQueue,
          to: row.getAttribute('data-to') as PolicyQueue,
          count: Number(row.getAttribute('data-count')),
        })),
      );
      if (flaggedChangeOf({ changedQueue: shown, moves: shownMoves }) !== flaggedChange) {
        throw new Error(`the moves table ${JSON.stringify(shownMoves)} differs from the API's`);
      }
      const decided = page.getByTestId('policy-preview-decided');
      if ((await decided.getAttribute('data-has-curves')) !== 'true') {
        throw new Error(`no precision/recall curves: "${(await decided.textContent())?.trim()}"`);
      }
      await page
        .getByTestId(`policy-curve-chart-${CATEGORY}`)
        .locator('canvas')
        .waitFor({ state: 'attached' });
      await page.screenshot({ path: screenshot('settings.png'), fullPage: true });
    },
  );
  if (!hasPreview) return;

  const isSaved = await check(
    page,
    'saving re-applies the policy in the background and the flagged queue changes by the previewed moves',
    async () => {
      await page.getByTestId('policy-note').fill(SAVE_NOTE);
      await page.getByTestId('policy-save').click();
      await page.getByTestId('policy-saved').waitFor({ state: 'visible' });
      savedVersion = Number(await page.getByTestId('policy-active-version').getAttribute('data-version'));
      if (savedVersion !== firstVersion + 1)
        throw new Error(`saved as version ${savedVersion} after ${firstVersion}`);
      await waitForReapply(page, savedVersion);
      const row = page.locator(`[data-testid="policy-version"][data-version="${savedVersion}"]`);
      await expectText(row, new RegExp(SAVE_NOTE));
      await expectText(
        row.locator(`[data-testid="version-change"][data-path="categories.${CATEGORY}.flag"]`),
        /^\s*Beleidigung: Markieren ab /,
      );
      await page.screenshot({ path: screenshot('settings-saved.png'), fullPage: true });
      await expectFlaggedCount(page, flaggedBefore + flaggedChange);
    },
  );
  if (!isSaved) return;

  await check(
    page,
    'restoring the first version asks first, applies it again and the flagged queue returns',
    async () => {
      await page.getByTestId('nav-settings').click();
      await page.waitForURL(/\/settings$/);
      const row = page.locator(`[data-testid="policy-version"][data-version="${firstVersion}"]`);
      await row.getByTestId('version-restore').click();
      const dialog = page.getByTestId('policy-restore-dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByTestId('policy-restore-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('policy-restored').waitFor({ state: 'visible' });
      await waitForReapply(page, savedVersion + 1);
      const restored = await getJson<PolicyState>(page, `${baseUrl}/api/settings/policy`);
      if (restored.active.policy.categories[CATEGORY].flag === threshold) {
        throw new Error('the restored version still has the lowered threshold');
      }
      await expectFlaggedCount(page, flaggedBefore);
    },
  );

  await check(page, 'the audit log lists the settings versions with their changes', async () => {
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/audit/);
    await page.getByTestId('audit-tab-settings').click();
    const rows = page.getByTestId('settings-audit-row');
    await waitUntil(
      async () => (await rows.count()) >= 3,
      async () => `${await rows.count()} settings versions in the audit log`,
    );
    await expectText(
      page
        .locator(`[data-testid="settings-audit-row"][data-version="${savedVersion}"]`)
        .locator(`[data-testid="version-change"][data-path="categories.${CATEGORY}.flag"]`),
      /^\s*Beleidigung: Markieren ab /,
    );
    await page.screenshot({ path: screenshot('audit-settings.png'), fullPage: true });
  });
}

/** A moderator has no settings link, lands on the queue from /settings, and the API refuses them. Needs them signed in. */
export async function checkSettingsForbidden(page: Page, baseUrl: string): Promise<void> {
  await check(
    page,
    'a moderator cannot reach the settings and GET /api/settings/policy answers 403',
    async () => {
      if ((await page.getByTestId('nav-settings').count()) > 0)
        throw new Error('nav-settings is shown to a moderator');
      await page.goto(`${baseUrl}/settings`, { waitUntil: 'domcontentloaded' });
      await page.waitForURL((url) => url.pathname === '/queue');
      const response = await page.request.get(`${baseUrl}/api/settings/policy`);
      if (response.status() !== 403)
        throw new Error(`GET /api/settings/policy answered HTTP ${response.status()}`);
    },
  );
}

/**
 * The highest candidate threshold whose preview moves comments only from no queue into the flagged one, so the
 * flagged tab (pending and flagged) must change by exactly that number.
 */
async function chooseThreshold(
  page: Page,
  baseUrl: string,
  state: PolicyState,
): Promise<{ threshold: number; preview: PolicyPreview }> {
  const current = state.active.policy.categories[CATEGORY].flag;
  const tried: string[] = [];
  for (const threshold of CANDIDATE_THRESHOLDS.filter((candidate) => candidate < current)) {
    const policy = structuredClone(state.active.policy);
    policy.categories[CATEGORY].flag = threshold;
    const response = await apiPost(page, `${baseUrl}/api/settings/policy/preview`, {
      data: { policy },
      timeout: PREVIEW_TIMEOUT_MS,
    });
    if (!response.ok()) throw new Error(`the preview answered HTTP ${response.status()}`);
    const preview = (await response.json()) as PolicyPreview;
    tried.push(`${threshold}: ${JSON.stringify(preview.moves)}`);
    const isOnlyIntoFlagged = preview.moves.every((move) => move.from === 'none' && move.to === 'flagged');
    if (preview.changedQueue > 0 && isOnlyIntoFlagged) return { threshold, preview };
  }
  throw new Error(`no threshold moves comments into the flagged queue alone (${tried.join('; ')})`);
}

/** Rejects the riskiest flagged pending comment, as a moderator at another desk would. */
async function rejectTopFlaggedComment(page: Page, baseUrl: string): Promise<void> {
  const flagged = await getJson<{ items: { id: number; version: number }[] }>(
    page,
    `${baseUrl}/api/comments?status=pending&flagged=true&sort=risk&limit=1`,
  );
  if (flagged.items.length === 0) throw new Error('no flagged comment to reject');
  const [comment] = flagged.items;
  const response = await apiPost(page, `${baseUrl}/api/comments/${comment.id}/decision`, {
    data: { action: 'reject', reason: 'insult', expectedVersion: comment.version },
  });
  if (!response.ok()) throw new Error(`rejecting comment ${comment.id} answered HTTP ${response.status()}`);
}

/** Moves into the flagged queue minus moves out of it. */
function flaggedChangeOf(preview: PolicyPreview): number {
  return preview.moves.reduce(
    (change, move) =>
      change + (move.to === 'flagged' ? move.count : 0) - (move.from === 'flagged' ? move.count : 0),
    0,
  );
}

/** Waits until the page shows the re-apply run of a version as done. */
async function waitForReapply(page: Page, version: number): Promise<void> {
  const job = page.getByTestId('reapply-job');
  await waitUntil(
    async () =>
      (await job.getAttribute('data-policy-version')) === String(version) &&
      (await job.getAttribute('data-state')) === 'done',
    async () =>
      `the re-apply run shows version ${await job.getAttribute('data-policy-version')} ${await job.getAttribute('data-state')} (${await job.getAttribute('data-processed')}/${await job.getAttribute('data-total')})`,
    REAPPLY_TIMEOUT_MS,
  );
}

/** The count on the queue's flagged tab, read from the page. */
async function flaggedCount(page: Page): Promise<number> {
  await openFlaggedTab(page);
  const count = page.getByTestId('queue-count-flagged');
  await count.waitFor({ state: 'visible' });
  return parseCount(await count.textContent());
}

/** Waits until the flagged tab shows a count (the counts may arrive after the tab). */
async function expectFlaggedCount(page: Page, expected: number): Promise<void> {
  await openFlaggedTab(page);
  const count = page.getByTestId('queue-count-flagged');
  await waitUntil(
    async () => parseCount(await count.textContent()) === expected,
    async () => `the flagged tab counts ${(await count.textContent())?.trim()}, expected ${expected}`,
  );
}

async function openFlaggedTab(page: Page): Promise<void> {
  await page.getByTestId('nav-queue').click();
  await page.waitForURL((url) => url.pathname === '/queue');
  await page.getByTestId('queue-tab-flagged').click();
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered HTTP ${response.status()}`);
  return (await response.json()) as T;
}

/** A count as the page writes it in German ("1.234"). */
function parseCount(text: string | null): number {
  const digits = (text ?? '').replace(/\D/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

function formatGerman(count: number): string {
  return new Intl.NumberFormat('de-DE').format(count).replace('.', '\\.');
}
