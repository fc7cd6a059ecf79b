import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { loadAppConfig } from '../src/config/app.config';
import { REPOSITORY_ROOT, signIn } from './support/test-app';
import { type TestDatabase, testDatabase } from './support/test-database';

function runUserCreate(database: TestDatabase, args: string[], password: string) {
  return spawnSync('npm', ['run', '--silent', 'user:create', '--', ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TENOR_DATABASE_PATH: database.databasePath, DATABASE_URL: database.databaseUrl ?? '', TENOR_NEW_PASSWORD: password },
  });
}

describe('npm run user:create', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-user-cli-'));

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates a user in a new database who can then sign in, and refuses a second one of the same name', async () => {
    const database = await testDatabase(folder);
    const created = runUserCreate(database, ['--username', 'chefin', '--role', 'editor', '--sections', 'Politik'], 'chefin-password');
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('created editor chefin');
    expect(created.status).toBe(0);
    const again = runUserCreate(database, ['--username', 'chefin'], 'chefin-password');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');
    expect(runUserCreate(database, ['--username', 'kurz'], 'short').stderr).toContain('at least 10 characters');

    const app = await createApp(
      loadAppConfig({}, REPOSITORY_ROOT, {
        databasePath: database.databasePath,
        databaseUrl: database.databaseUrl,
        isSeedOnEmpty: false,
        adminPassword: 'test-admin-password',
      }),
      false,
    );
    await app.init();
    try {
      const chefin = await signIn(request.agent(app.getHttpServer()), 'chefin', 'chefin-password');
      const me = (await chefin.get('/api/auth/me').expect(200)).body.user;
      expect(me).toMatchObject({ username: 'chefin', role: 'editor', sections: ['Politik'] });
      // A user existed, so no first admin was created.
      await request(app.getHttpServer()).post('/api/auth/login').send({ username: 'admin', password: 'test-admin-password' }).expect(401);
    } finally {
      await app.close();
      await database.drop();
    }
  }, 120_000);
});
