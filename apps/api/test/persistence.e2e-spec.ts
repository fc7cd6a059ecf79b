import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { InitialSchema1763719200000 } from '../src/migrations/1763719200000-initial-schema';
import { MIGRATIONS } from '../src/migrations';
import { dataSourceOptions } from '../src/database/database-options';
import { isPostgresRun, testDatabase } from './support/test-database';
import { startTestApp } from './support/test-app';

describe('the SQLite file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-persist-'));

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps data and decisions across restarts, migrates once and seeds only an empty database', async () => {
    const first = await startTestApp({}, folder);
    const ingo = (await first.http.get('/api/comments?limit=1').expect(200)).body.items[0];
    await first.http.post(`/api/comments/${ingo.id}/decision`).send({ action: 'reject', reason: 'threat' }).expect(200);
    await first.close();

    const second = await startTestApp({}, folder);
    const health = (await second.http.get('/api/health').expect(200)).body;
    expect(health).toMatchObject({ articles: 5, comments: 4 });
    const stored = (await second.http.get(`/api/comments/${ingo.id}`).expect(200)).body;
    expect(stored.status).toBe('rejected');
    await second.close();

    const dataSource = new DataSource({ ...dataSourceOptions(first.config), migrationsRun: false });
    await dataSource.initialize();
    try {
      const migrations = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(migrations.map((row: { name: string }) => row.name)).toEqual(MIGRATIONS.map((migration) => new migration().name));
      const indexQuery = isPostgresRun
        ? "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'comments'"
        : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments'";
      const indexes = (await dataSource.query(indexQuery)).map((row: { name: string }) => row.name);
      expect(indexes).toEqual(expect.arrayContaining(['ix_comments_queue', 'ix_comments_posted_at', 'ux_comments_external_id']));
      if (!isPostgresRun) {
        const [journal] = await dataSource.query('PRAGMA journal_mode');
        expect(journal.journal_mode).toBe('wal');
      }
    } finally {
      await dataSource.destroy();
      await (await testDatabase(folder)).drop();
    }
  });

  // The first schema shipped on SQLite only; PostgreSQL support starts with all migrations.
  (isPostgresRun ? it.skip : it)('upgrades a SQLite database of the first schema in place, keeping its comments and indexing them for search', async () => {
    const upgradeFolder = mkdtempSync(join(tmpdir(), 'tenor-upgrade-'));
    const databasePath = join(upgradeFolder, 'tenor.sqlite');
    const firstSchema = new DataSource({ type: 'sqlite', database: databasePath, migrations: [InitialSchema1763719200000] });
    await firstSchema.initialize();
    await firstSchema.runMigrations();
    const now = new Date().toISOString();
    await firstSchema.query(
      `INSERT INTO articles (external_id, title, created_at, updated_at) VALUES ('old-article', 'Alter Artikel', ?, ?)`,
      [now, now],
    );
    await firstSchema.query(
      `INSERT INTO comments (external_id, article_id, author, posted_at, posted_day, body, language, tone_compound, tone_pos, tone_neu,
         tone_neg, tone_label, risk_insult, risk_profanity, risk_threat, risk_hate, risk_spam, risk_personal_data, flag_insult,
         flag_profanity, flag_threat, flag_hate, flag_spam, flag_personal_data, evidence, risk_score, is_flagged, scorer_version,
         created_at, updated_at)
       VALUES ('old-comment', 1, 'Alte Leserin', ?, '2022-01-01', 'Ein Kommentar über Windräder', 'de', 0, 0, 1, 0, 'neutral',
         0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '{}', 0, 0, 'old', ?, ?)`,
      [now, now, now],
    );
    await firstSchema.destroy();
    const upgraded = await startTestApp({ isSeedOnEmpty: false }, upgradeFolder);
    try {
      const found = (await upgraded.http.get('/api/comments?q=windräder').expect(200)).body.items;
      expect(found.map((comment: { externalId: string }) => comment.externalId)).toEqual(['old-comment']);
      expect((await upgraded.http.get('/api/articles').expect(200)).body).toEqual([
        expect.objectContaining({ externalId: 'old-article', section: null, commentCount: 1 }),
      ]);
    } finally {
      await upgraded.remove();
    }
  });
});
