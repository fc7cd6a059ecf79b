/**
 * Browser checks of the editors' insights: a generated corpus with a hostile spike is loaded through the ingest
 * API, an admin tries the alert settings, then an editor works the trends page (range, bucket, drill-down into
 * the queue, back), the article page and the alerts.
 *
 * The corpus comes from the demo generator's command (`npm run demo:generate`, tools/demo): 3,000 comments on 6
 * articles over half a year, one article with a hostile pile-on a few hours after publication. The checks find
 * that article through the API, so they do not depend on its date.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';
import { Credentials, apiPost, check, expectCount, expectText, screenshot, signIn, waitUntil } from './e2e-support';

/** The demo corpus: seed 7 gives one of its articles a pile-on that the API raises an alert for. */
const DEMO_CORPUS = { comments: 3000, seed: 7 };
const ROOT = resolve(__dirname, '../../..');
/** The editor this test creates, then signs in as. */
export const NEW_EDITOR = {
  username: 'e2e-editor',
  displayName: 'E2E Redakteurin',
  password: 'editor-pass-2026',
};
/** Days of the default range. */
const DEFAULT_RANGE_DAYS = 30;

interface TrendPoint {
  label: string;
  start: string;
  end: string;
  count: number;
  flagged: number;
}

/** Loads the demo corpus and creates the editor through the API, with the admin's session. */
export async function loadDemoData(page: Page, baseUrl: string): Promise<boolean> {
  const isLoaded = await check(
    page,
    'the admin ingests 3,000 generated comments with a hostile spike',
    async () => {
      const ndjson = generateDemoCorpus();
      const response = await apiPost(page, `${baseUrl}/api/ingest`, {
        headers: { 'content-type': 'application/x-ndjson' },
        data: ndjson,
        timeout: 60_000,
      });
      if (!response.ok()) throw new Error(`ingest failed with HTTP ${response.status()}`);
      const report = (await response.json()) as { commentsCreated: number; rejected: number };
      if (report.commentsCreated !== DEMO_CORPUS.comments || report.rejected !== 0) {
        throw new Error(`ingest report ${JSON.stringify(report)}`);
      }
    },
  );
  const hasEditor = await check(page, 'the admin creates an editor', async () => {
    const response = await apiPost(page, `${baseUrl}/api/users`, {
      data: { ...NEW_EDITOR, role: 'editor' },
    });
    if (!response.ok()) throw new Error(`creating the editor failed with HTTP ${response.status()}`);
  });
  return isLoaded && hasEditor;
}

/** The admin's alert settings: the API's validation message for a bad value, then a good save. */
export async function checkAlertSettings(page: Page): Promise<void> {
  await check(page, "the alert settings show the API's validation message and save good values", async () => {
    await page.getByTestId('nav-settings').click();
    await page.waitForURL(/\/settings$/);
    await page.getByTestId('settings-tab-alerts').click();
    await page.waitForURL(/\/settings\?tab=alerts$/);
    const minLift = page.getByTestId('alert-settings-minLift');
    await minLift.waitFor({ state: 'visible' });
    const original = await minLift.inputValue();
    await minLift.fill('2');
    await page.getByTestId('alert-settings-save').click();
    await expectText(page.getByTestId('alert-settings-error'), /minLift/);
    await page.screenshot({ path: screenshot('settings-validation.png'), fullPage: true });
    await minLift.fill(original);
    await page.getByTestId('alert-settings-save').click();
    await page.getByTestId('alert-settings-saved').waitFor({ state: 'visible' });
  });
}

/**
 * The editor's trends page: default range, a quick range, the spike's days in hours, a click on the spike, back
 * again. Resolves the id of the spike's article, or null when the checks could not find it.
 */
export async function checkTrendsPage(
  page: Page,
  baseUrl: string,
  editor: Credentials,
): Promise<string | null> {
  const isSignedIn = await check(
    page,
    'the editor signs in and sees trends and alerts, not users or settings',
    async () => {
      await page.getByTestId('user-menu-button').click();
      await page.getByTestId('logout-button').click();
      await page.waitForURL(/\/login/);
      await signIn(page, editor);
      await page.waitForURL((url) => url.pathname === '/queue');
      await page.getByTestId('nav-trends').waitFor({ state: 'visible' });
      await page.getByTestId('nav-alerts').waitFor({ state: 'visible' });
      for (const hidden of ['nav-users', 'nav-settings']) {
        if ((await page.getByTestId(hidden).count()) > 0) throw new Error(`${hidden} is shown to an editor`);
      }
    },
  );
  if (!isSignedIn) return null;

  let extent = { firstDay: '', lastDay: '' };
  await check(page, 'the trends page opens on the last 30 days with data and draws four charts', async () => {
    extent = (await (await page.request.get(`${baseUrl}/api/trends/extent`)).json()) as typeof extent;
    await page.getByTestId('nav-trends').click();
    await page.waitForURL(/\/trends$/);
    for (const chart of ['tone', 'volume', 'risk']) {
      await page.getByTestId(`trends-chart-${chart}`).locator('canvas').waitFor({ state: 'attached' });
    }
    await page.getByTestId('trends-card-decisions').waitFor({ state: 'visible' });
    const expectedFrom = addDays(extent.lastDay, -(DEFAULT_RANGE_DAYS - 1));
    await waitUntil(
      async () => (await page.getByTestId('trends-from').inputValue()) === expectedFrom,
      async () =>
        `from shows ${await page.getByTestId('trends-from').inputValue()}, expected ${expectedFrom}`,
    );
    if ((await page.getByTestId('trends-to').inputValue()) !== extent.lastDay)
      throw new Error('to is not the last day');
  });

  await check(page, 'a chart card exports its series as CSV and the chart as PNG', async () => {
    const card = page.getByTestId('trends-card-volume');
    const csv = await card.getByTestId('chart-csv').getAttribute('href');
    if (!csv?.startsWith('/api/trends/comments?') || !csv.includes('format=csv')) {
      throw new Error(`CSV link is ${csv}`);
    }
    const csvResponse = await page.request.get(`${baseUrl}${csv}`);
    if (!csvResponse.ok() || !/text\/csv/.test(csvResponse.headers()['content-type'] ?? '')) {
      throw new Error(
        `the CSV answered HTTP ${csvResponse.status()} as ${csvResponse.headers()['content-type']}`,
      );
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('chart-png').click(),
    ]);
    if (!/^tenor-volume-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.png$/.test(download.suggestedFilename())) {
      throw new Error(`the PNG is named ${download.suggestedFilename()}`);
    }
  });

  let spikeDay = '';
  let spikeArticleId: string | null = null;
  await check(
    page,
    "a quick range, then the spike article's two days by the hour go into the URL",
    async () => {
      await page.getByTestId('trends-range-90').click();
      await page.waitForURL((url) => url.searchParams.get('from') === addDays(extent.lastDay, -89));
      // The spike is where the API raised its strongest alert; the day it began and the next are two days of hours.
      const alerts = (await (await page.request.get(`${baseUrl}/api/alerts?status=open`)).json()) as {
        articleId: number;
        windowStart: string;
        zScore: number;
      }[];
      if (alerts.length === 0) throw new Error('the demo corpus raised no alert');
      const strongest = alerts.reduce((best, alert) => (alert.zScore > best.zScore ? alert : best));
      spikeArticleId = String(strongest.articleId);
      spikeDay = berlinDay(strongest.windowStart);
      // The later bound first, so the range never turns around in between.
      await page.getByTestId('trends-to').fill(addDays(spikeDay, 1));
      await page.waitForURL((url) => url.searchParams.get('to') === addDays(spikeDay, 1));
      await page.getByTestId('trends-from').fill(spikeDay);
      await page.waitForURL((url) => url.searchParams.get('from') === spikeDay);
      await page.getByTestId('trends-bucket-hour').click();
      await page.waitForURL((url) => url.searchParams.get('bucket') === 'hour');
      await expectBucketCount(page, 48);
      await page.screenshot({ path: screenshot('trends.png'), fullPage: true });
    },
  );

  await check(page, "clicking the spike's hour lists exactly that hour's comments in the queue", async () => {
    const series = (await (
      await page.request.get(
        `${baseUrl}/api/trends/comments?from=${spikeDay}&to=${addDays(spikeDay, 2)}&bucket=hour`,
      )
    ).json()) as { points: TrendPoint[] };
    const spikeIndex = series.points.reduce(
      (best, point, index) => (point.flagged > series.points[best].flagged ? index : best),
      0,
    );
    const spike = series.points[spikeIndex];
    await clickBucket(page, 'trends-chart-volume', spikeIndex);
    await page.waitForURL((url) => url.pathname === '/queue');
    const parameters = new URL(page.url()).searchParams;
    if (
      parameters.get('tab') !== 'all' ||
      parameters.get('from') !== spike.start ||
      parameters.get('to') !== spike.end
    ) {
      throw new Error(
        `the queue opened with ${parameters.toString()}, expected the bucket ${spike.start}–${spike.end}`,
      );
    }
    await page.getByTestId('time-range-chip').waitFor({ state: 'visible' });
    await expectText(page.getByTestId('queue-count-all'), new RegExp(`^\\s*${spike.count}\\s*$`));
    const cards = page.getByTestId('comment-card');
    await waitUntil(
      async () => (await cards.count()) === Math.min(spike.count, 25),
      async () => `${await cards.count()} cards for ${spike.count} comments`,
    );
    const postedAt = await cards
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const outside = postedAt.filter((time) => !(time >= spike.start && time < spike.end));
    if (outside.length > 0) throw new Error(`comments outside ${spike.label}: ${outside.join(', ')}`);
    await page.screenshot({ path: screenshot('trends-drill-down-queue.png') });
  });

  await check(page, 'the back button returns to the same trends view', async () => {
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/trends' && url.searchParams.get('bucket') === 'hour');
    if (new URL(page.url()).searchParams.get('from') !== spikeDay) throw new Error(`back at ${page.url()}`);
    await expectBucketCount(page, 48);
  });
  return spikeArticleId;
}

/** The ranking leads to the spike article's page, which switches on pre-moderation; the alerts page acknowledges. */
export async function checkArticleAndAlerts(page: Page, baseUrl: string, articleId: string): Promise<void> {
  await check(
    page,
    'the ranking by flagged share opens the spike article with timeline, terms and alerts',
    async () => {
      await page.getByTestId('ranking-sort-flaggedShare').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'flaggedShare');
      const firstRow = page.getByTestId('ranking-row').first();
      await firstRow.getByTestId('ranking-alert-badge').waitFor({ state: 'visible' });
      const firstArticleId = await firstRow.getAttribute('data-article-id');
      if (firstArticleId !== articleId)
        throw new Error(`article ${firstArticleId} tops the ranking, not ${articleId}`);
      await firstRow.getByTestId('ranking-article-link').click();
      await page.waitForURL((url) => url.pathname === `/articles/${articleId}`);
      await page.getByTestId('article-timeline').locator('canvas').waitFor({ state: 'attached' });
      if ((await page.getByTestId('article-term').count()) < 3)
        throw new Error('fewer than 3 evidence terms');
      if ((await page.getByTestId('article-alert').count()) < 1)
        throw new Error('no alert on the spike article');
      await page.screenshot({ path: screenshot('article.png'), fullPage: true });
    },
  );

  await check(page, 'the article page switches the article to pre-moderation', async () => {
    const toggle = page.getByTestId('article-premoderation').locator('button[role="switch"]');
    await toggle.click();
    await waitUntil(
      async () => (await toggle.getAttribute('aria-checked')) === 'true',
      async () => `the switch reads ${await toggle.getAttribute('aria-checked')}`,
    );
    const article = (await (await page.request.get(`${baseUrl}/api/articles/${articleId}`)).json()) as {
      isPremoderated: boolean;
    };
    if (!article.isPremoderated) throw new Error('the API does not report the article as pre-moderated');
  });

  await check(page, 'the alerts badge counts open alerts and acknowledging one lowers it', async () => {
    const open = (await (await page.request.get(`${baseUrl}/api/alerts?status=open`)).json()) as unknown[];
    if (open.length < 1) throw new Error('no open alert');
    await expectText(page.getByTestId('nav-alerts-count'), new RegExp(`^\\s*${open.length}\\s*$`));
    await page.getByTestId('nav-alerts').click();
    await page.waitForURL(/\/alerts$/);
    const rows = page.getByTestId('alert-row');
    await expectCount(rows, open.length, 'open alerts');
    const row = page.locator(`[data-testid="alert-row"][data-article-id="${articleId}"]`).first();
    const switchButton = row.getByTestId('alert-premoderate').locator('button[role="switch"]');
    await waitUntil(
      async () => (await switchButton.getAttribute('aria-checked')) === 'true',
      async () => 'the alert row does not show the article as pre-moderated',
    );
    await page.screenshot({ path: screenshot('alerts.png'), fullPage: true });
    await row.getByTestId('alert-acknowledge').click();
    await expectCount(rows, open.length - 1, 'open alerts after acknowledging');
    if (open.length > 1) {
      await expectText(page.getByTestId('nav-alerts-count'), new RegExp(`^\\s*${open.length - 1}\\s*$`));
    } else {
      await expectCount(page.getByTestId('nav-alerts-count'), 0, 'badges');
    }
  });
}

/** The demo corpus as NDJSON, written by the generator's command into a temporary file. */
function generateDemoCorpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-demo-'));
  try {
    const path = join(folder, 'demo.ndjson');
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/ts-node/dist/bin.js'),
        '--transpile-only',
        '--project',
        'tools/demo/tsconfig.json',
        'tools/demo/generate.ts',
        '--comments',
        String(DEMO_CORPUS.comments),
        '--seed',
        String(DEMO_CORPUS.seed),
        '--out',
        path,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`the demo generator failed: ${result.stderr}`);
    return readFileSync(path, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Waits until the volume chart shows a number of buckets and its canvas fills the chart (no pending resize). */
async function expectBucketCount(page: Page, count: number): Promise<void> {
  const chart = page.getByTestId('trends-chart-volume');
  await waitUntil(
    async () => (await chart.getAttribute('data-bucket-count')) === String(count),
    async () =>
      `the volume chart shows ${await chart.getAttribute('data-bucket-count')} buckets, expected ${count}`,
  );
}

/** Clicks the middle of a bucket's column in a trend chart (category axis, fixed grid from the chart's attributes). */
async function clickBucket(page: Page, chartTestId: string, bucketIndex: number): Promise<void> {
  const chart = page.getByTestId(chartTestId);
  const canvas = chart.locator('canvas').first();
  await waitUntil(
    async () => {
      const [chartBox, canvasBox] = await Promise.all([chart.boundingBox(), canvas.boundingBox()]);
      return chartBox !== null && canvasBox !== null && Math.abs(chartBox.width - canvasBox.width) < 2;
    },
    async () => 'the chart canvas does not fill its element',
  );
  const box = await chart.boundingBox();
  if (box === null) throw new Error(`${chartTestId} is not visible`);
  const left = Number(await chart.getAttribute('data-grid-left'));
  const right = Number(await chart.getAttribute('data-grid-right'));
  const buckets = Number(await chart.getAttribute('data-bucket-count'));
  const x = box.x + left + ((bucketIndex + 0.5) * (box.width - left - right)) / buckets;
  await page.mouse.click(x, box.y + box.height / 2);
}

function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function berlinDay(isoInstant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(isoInstant));
}
