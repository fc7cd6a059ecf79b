import type { CreatedApiKey, IngestReport, ScoreResult } from '@tenor/contracts';
import { createScorer } from '@tenor/scoring';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CommentEntity } from '../src/comments/comment.entity';
import { dataSourceOptions } from '../src/database/database-options';
import { RollupService } from '../src/trends/rollup.service';
import { rollupLines } from './support/rollup-lines';
import { ServerProcess } from './support/server-process';
import { signInOverHttp } from './support/session-headers';
import { TEST_ADMIN } from './support/test-app';
import { isPostgresRun, type TestDatabase, testDatabase } from './support/test-database';

// Comments stored before the two ingests; both files carry them again, the first EDITED with a new text.
const BASE_COMMENTS = 20;
const EDITED = 5;
// Comments in both files (same external ids, same texts), and comments in only one of them.
const SHARED = 2000;
const DISTINCT = 450;
// The last shared comments, on an article new to the database that both files bring.
const SHARED_LATE = 200;
const COMMENTS_PER_FILE = BASE_COMMENTS + SHARED + DISTINCT;
// How long a server may take to start (ts-node transpiles the API) and to shut down.
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
const BODIES = [
  'Sehr guter Artikel, danke für die Recherche!',
  'Das ist doch völliger Unsinn, du Vollidiot.',
  'Die Sitzung ist am Donnerstag um 18 Uhr.',
  'What a wonderful and thoughtful piece, thank you!',
  'Gratis Gutschein unter http://bit.example/gratis !!!',
];
const EDITED_BODIES = [
  'Diese Drecksregierung lügt doch nur noch, ihr Idioten.',
  'This is utter garbage, you morons.',
];

function startServer(database: TestDatabase, folder: string): Promise<ServerProcess> {
  return ServerProcess.start({
    env: {
      TENOR_DATABASE_PATH: database.databasePath,
      DATABASE_URL: database.databaseUrl ?? '',
      TENOR_DASHBOARD_DIR: join(folder, 'no-dashboard'),
      TENOR_SEED_ON_EMPTY: 'false',
      TENOR_ADMIN_PASSWORD: TEST_ADMIN.password,
    },
    nodeFlags: ['--heap-growing-percent=100'],
    startTimeoutMs: START_TIMEOUT_MS,
  });
}

async function createIngestKey(server: ServerProcess): Promise<string> {
  const session = await signInOverHttp(server.url, TEST_ADMIN);
  const created = await fetch(`${server.url}/api/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify({ name: 'two processes', scope: 'ingest' }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as CreatedApiKey).key;
}

async function postIngest(server: ServerProcess, key: string, ndjson: string): Promise<IngestReport> {
  const response = await fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${key}` },
    body: ndjson,
  });
  if (response.status !== 200)
    throw new Error(`ingest answered ${response.status}: ${await response.text()}\n${server.logTail(40)}`);
  return (await response.json()) as IngestReport;
}

function article(externalId: string, section?: string): string {
  return JSON.stringify({
    kind: 'article',
    externalId,
    title: `Artikel ${externalId}`,
    publishedAt: '2024-03-01T00:00:00Z',
    ...(section ? { section } : {}),
  });
}

/** A comment `minute` minutes into 1 March 2024, so comments of both files share rollup hours and days. */
function comment(externalId: string, articleExternalId: string, minute: number, body: string): string {
  const postedAt = new Date(Date.UTC(2024, 2, 1) + minute * 60_000).toISOString();
  return JSON.stringify({
    kind: 'comment',
    externalId,
    articleExternalId,
    author: `Leser ${minute % 23}`,
    postedAt,
    body,
  });
}

function baseComment(index: number, isEdited: boolean): string {
  const body = isEdited
    ? `${EDITED_BODIES[index % EDITED_BODIES.length]} (${index})`
    : `${BODIES[index % BODIES.length]} (Basis ${index})`;
  return comment(`two-base-${index}`, 'two-base', index * 7, body);
}

/** What is stored before the race: the articles both files share, and comments on one of them. */
function baseFile(): string {
  const lines = [article('two-base', 'Politik'), article('two-shared-0', 'Politik'), article('two-shared-1')];
  for (let index = 0; index < BASE_COMMENTS; index++) lines.push(baseComment(index, false));
  return `${lines.join('\n')}\n`;
}

/**
 * One process's file: the stored comments again (the first EDITED edited), then the shared comments interleaved
 * with this file's own, in time order, on the stored articles and one of its own; last, a new article both files
 * bring with shared comments on it.
 */
function raceFile(name: 'one' | 'two'): string {
  const lines = [
    article('two-base', 'Politik'),
    article('two-shared-0', 'Politik'),
    article('two-shared-1'),
    article(`two-${name}-only`, 'Sport'),
  ];
  for (let index = 0; index < BASE_COMMENTS; index++) lines.push(baseComment(index, index < EDITED));
  const ownEvery = (SHARED - SHARED_LATE) / DISTINCT;
  for (let index = 0; index < SHARED; index++) {
    if (index === SHARED - SHARED_LATE) lines.push(article('two-late', 'Kultur'));
    const articleExternalId = index >= SHARED - SHARED_LATE ? 'two-late' : `two-shared-${index % 2}`;
    lines.push(
      comment(
        `two-shared-c${index}`,
        articleExternalId,
        index,
        `${BODIES[index % BODIES.length]} (${index})`,
      ),
    );
    if (index % ownEvery === 0 && index < SHARED - SHARED_LATE) {
      const own = index / ownEvery;
      const ownArticle = own % 3 === 0 ? `two-${name}-only` : `two-shared-${own % 2}`;
      lines.push(
        comment(
          `two-${name}-c${own}`,
          ownArticle,
          index,
          `${BODIES[(own + (name === 'one' ? 1 : 2)) % BODIES.length]} (${name} ${own})`,
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What a score says of a comment, from a fresh score or from the stored columns, to compare the two. */
function scoreSummary(score: ScoreResult): string {
  const { insult, profanity, threat, hate, spam, personalData } = score.risk.categories;
  return JSON.stringify([
    score.language,
    score.sentiment.compound,
    score.sentiment.label,
    score.risk.score,
    score.risk.flagged,
    [insult, profanity, threat, hate, spam, personalData].map((category) => [
      category.score,
      category.flagged,
      category.evidence,
    ]),
    score.scorerVersion,
  ]);
}

function storedScoreSummary(row: CommentEntity): string {
  const category = (score: number, flagged: boolean, evidence: unknown[] | undefined) => ({
    score,
    flagged,
    evidence: evidence ?? [],
  });
  return scoreSummary({
    language: row.language,
    sentiment: {
      compound: row.toneCompound,
      pos: row.tonePos,
      neu: row.toneNeu,
      neg: row.toneNeg,
      label: row.toneLabel,
    },
    risk: {
      score: row.riskScore,
      flagged: row.isFlagged,
      categories: {
        insult: category(row.riskInsult, row.flagInsult, row.evidence.insult),
        profanity: category(row.riskProfanity, row.flagProfanity, row.evidence.profanity),
        threat: category(row.riskThreat, row.flagThreat, row.evidence.threat),
        hate: category(row.riskHate, row.flagHate, row.evidence.hate),
        spam: category(row.riskSpam, row.flagSpam, row.evidence.spam),
        personalData: category(row.riskPersonalData, row.flagPersonalData, row.evidence.personalData),
      },
    },
    scorerVersion: row.scorerVersion,
  } as ScoreResult);
}

// Two OS processes on one database need a server they can share: runs under `npm run test:pg`.
(isPostgresRun ? describe : describe.skip)(
  'two API server processes on one PostgreSQL database ingesting overlapping files at once',
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'tenor-two-processes-'));
    let database: TestDatabase;
    let one: ServerProcess | undefined;
    let two: ServerProcess | undefined;

    beforeAll(async () => {
      database = await testDatabase(folder);
      // One after the other: the first runs the migrations and creates the admin.
      one = await startServer(database, folder);
      two = await startServer(database, folder);
    }, 150_000);

    afterAll(async () => {
      await Promise.all([one?.stop(STOP_TIMEOUT_MS), two?.stop(STOP_TIMEOUT_MS)]);
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    });

    it('stores every article and comment once, applies the edit once, scores the final texts and keeps the rollups exact', async () => {
      const first = one as ServerProcess;
      const second = two as ServerProcess;
      const key = await createIngestKey(first);
      expect(await postIngest(second, key, baseFile())).toMatchObject({
        articlesCreated: 3,
        commentsCreated: BASE_COMMENTS,
        rejected: 0,
      });
      // Also warms the first server's scoring worker, so that neither server starts the race seconds behind.
      expect(await postIngest(first, key, baseFile())).toMatchObject({
        articlesCreated: 0,
        commentsUnchanged: BASE_COMMENTS,
        rejected: 0,
      });

      const [reportOne, reportTwo] = await Promise.all([
        postIngest(first, key, raceFile('one')),
        postIngest(second, key, raceFile('two')),
      ]);

      for (const report of [reportOne, reportTwo]) {
        expect(report).toMatchObject({ rejected: 0, errors: [] });
        expect(report.commentsCreated + report.commentsUpdated + report.commentsUnchanged).toBe(
          COMMENTS_PER_FILE,
        );
        // Its own comments only this file carries.
        expect(report.commentsCreated).toBeGreaterThanOrEqual(DISTINCT);
      }
      const sum = (field: keyof Omit<IngestReport, 'errors'>) => reportOne[field] + reportTwo[field];
      expect(sum('commentsCreated')).toBe(SHARED + 2 * DISTINCT);
      expect(sum('commentsUpdated')).toBe(EDITED);
      expect(sum('commentsUnchanged')).toBe(2 * COMMENTS_PER_FILE - SHARED - 2 * DISTINCT - EDITED);
      expect(sum('articlesCreated')).toBe(3);

      const dataSource = new DataSource({ ...dataSourceOptions(database), migrationsRun: false });
      await dataSource.initialize();
      try {
        const [articles] = await dataSource.query(
          'SELECT COUNT(*) AS total, COUNT(DISTINCT external_id) AS distinct_ids FROM articles',
        );
        expect([Number(articles.total), Number(articles.distinct_ids)]).toEqual([6, 6]);
        const stored = await dataSource.getRepository(CommentEntity).find({ order: { id: 'ASC' } });
        expect(stored).toHaveLength(BASE_COMMENTS + SHARED + 2 * DISTINCT);
        expect(new Set(stored.map((row) => row.externalId)).size).toBe(stored.length);

        // The edited comments carry the new text, changed once (version 2); the others were never rewritten.
        const isEdited = (externalId: string) =>
          /^two-base-\d+$/.test(externalId) && Number(externalId.slice('two-base-'.length)) < EDITED;
        const wrongVersions = stored.filter((row) => row.version !== (isEdited(row.externalId) ? 2 : 1));
        expect(wrongVersions.map((row) => `${row.externalId} v${row.version}`)).toEqual([]);
        const edited = stored.filter((row) => isEdited(row.externalId));
        expect(edited.map((row) => row.body)).toEqual(
          Array.from(
            { length: EDITED },
            (_, index) => `${EDITED_BODIES[index % EDITED_BODIES.length]} (${index})`,
          ),
        );

        // Every comment's scores are those of its stored text, with the scoring settings both servers used.
        const [setting] = await dataSource.query(`SELECT value FROM settings WHERE key = 'scoring'`);
        const scorer = createScorer(JSON.parse(setting.value));
        const mismatches = stored.filter(
          (row) =>
            storedScoreSummary(row) !==
            scoreSummary(scorer.score(row.title ? `${row.title}\n${row.body}` : row.body)),
        );
        expect(mismatches.map((row) => row.externalId)).toEqual([]);
        expect(edited.every((row) => row.isFlagged)).toBe(true);

        const rollups = new RollupService(dataSource);
        expect(rollupLines(await rollups.stored())).toEqual(rollupLines(await rollups.recompute()));
      } finally {
        await dataSource.destroy();
      }
    }, 120_000);
  },
);
