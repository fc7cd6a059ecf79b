import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { loadAppConfig } from '../src/config/app.config';
import { makeComment } from './support/fixtures';
import { REPOSITORY_ROOT, signIn, startTestApp, TEST_ADMIN } from './support/test-app';
import { isPostgresRun, testDatabase } from './support/test-database';

// Needs a PostgreSQL server to copy into: runs under `npm run test:pg`.
(isPostgresRun ? describe : describe.skip)('npm run db:copy (SQLite → PostgreSQL)', () => {
  const sqliteFolder = mkdtempSync(join(tmpdir(), 'tenor-copy-from-'));
  const postgresFolder = mkdtempSync(join(tmpdir(), 'tenor-copy-to-'));

  afterAll(() => {
    rmSync(sqliteFolder, { recursive: true, force: true });
    rmSync(postgresFolder, { recursive: true, force: true });
  });

  it('moves articles, comments, decisions and users, and the copy keeps working', async () => {
    const sqlitePath = join(sqliteFolder, 'tenor.sqlite');
    const sqliteApp = await createApp(
      loadAppConfig({}, REPOSITORY_ROOT, { databasePath: sqlitePath, adminPassword: TEST_ADMIN.password, dashboardDir: join(sqliteFolder, 'none') }),
      false,
    );
    await sqliteApp.init();
    const before = await signIn(request.agent(sqliteApp.getHttpServer()), TEST_ADMIN.username, TEST_ADMIN.password);
    const comments = (await before.get('/api/comments?limit=50').expect(200)).body.items;
    await before.post(`/api/comments/${comments[0].id}/decision`).send({ action: 'reject', reason: 'threat' }).expect(200);
    const original = (await before.get('/api/comments?limit=50').expect(200)).body.items;
    await sqliteApp.close();

    const target = await testDatabase(postgresFolder);
    const copy = spawnSync('npm', ['run', '--silent', 'db:copy', '--', '--from', sqlitePath], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: target.databaseUrl },
    });
    expect(copy.stderr).toBe('');
    expect(copy.stdout).toContain('comments: 4 rows');
    expect(copy.status).toBe(0);

    const postgresApp = await startTestApp({}, postgresFolder);
    try {
      expect((await postgresApp.http.get('/api/comments?limit=50').expect(200)).body.items).toEqual(original);
      const events = (await postgresApp.http.get(`/api/comments/${comments[0].id}/events`).expect(200)).body;
      expect(events).toEqual([expect.objectContaining({ action: 'reject', reason: 'threat', actor: 'admin' })]);
      const created = await postgresApp.http.post('/api/comments').send(makeComment('after-copy', original[0].externalId.split('#')[0])).expect(200);
      expect(created.body.ids[0]).toBeGreaterThan(Math.max(...original.map((comment: { id: number }) => comment.id)));
      const again = spawnSync('npm', ['run', '--silent', 'db:copy', '--', '--from', sqlitePath], {
        cwd: REPOSITORY_ROOT,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: target.databaseUrl },
      });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('copy into an empty database');
    } finally {
      await postgresApp.remove();
    }
  }, 120_000);
});
