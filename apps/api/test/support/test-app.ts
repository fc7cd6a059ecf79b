import type { INestApplication } from '@nestjs/common';
import type { Role } from '@tenor/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/bootstrap';
import { type AppConfig, loadAppConfig } from '../../src/config/app.config';
import { cookiesOf } from './session-headers';
import { testDatabase } from './test-database';

/** The repository root, so tests find the shipped sample corpus. */
export const REPOSITORY_ROOT = join(__dirname, '../../../..');

/** The first admin's credentials in every test app. */
export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' };

/** A supertest agent: keeps the session cookie between requests. */
export type Agent = ReturnType<typeof request.agent>;

/** A running API on a fresh SQLite file in its own temp folder. */
export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** Signed in as the first admin. */
  http: Agent;
  /** Not signed in. */
  anonymous: Agent;
  /** Creates a user with this role (and sections) and returns an agent signed in as them. */
  signInAs(role: Role, sections?: string[]): Promise<Agent>;
  /** Stops the app; the folder stays until `remove`. */
  close(): Promise<void>;
  /** Stops the app and deletes its folder. */
  remove(): Promise<void>;
}

let userCounter = 0;

/**
 * Signs an agent in and has it repeat the CSRF token on every later request, as the dashboard does; fails the test
 * when the login does not succeed.
 */
export async function signIn(agent: Agent, username: string, password: string): Promise<Agent> {
  const response = await agent.post('/api/auth/login').send({ username, password }).expect(200);
  const csrfToken = cookiesOf(response.get('Set-Cookie') ?? []).get('XSRF-TOKEN');
  if (!csrfToken) throw new Error('the login set no XSRF-TOKEN cookie');
  agent.set('X-XSRF-TOKEN', csrfToken);
  return agent;
}

/**
 * Boots the real app (migrations, scorer, HTTP) on a new SQLite file, or a new PostgreSQL database when
 * TENOR_TEST_DATABASE_URL is set; with the seed corpus unless told otherwise.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, folder?: string): Promise<TestApp> {
  const directory = folder ?? mkdtempSync(join(tmpdir(), 'tenor-e2e-'));
  const database = await testDatabase(directory);
  const config = loadAppConfig({}, REPOSITORY_ROOT, {
    databasePath: database.databasePath,
    databaseUrl: database.databaseUrl,
    dashboardDir: join(directory, 'no-dashboard'),
    adminUsername: TEST_ADMIN.username,
    adminPassword: TEST_ADMIN.password,
    ...overrides,
  });
  const app = await createApp(config, process.env.TENOR_TEST_LOG ? undefined : false);
  await app.init();
  const server = app.getHttpServer();
  const http = await signIn(request.agent(server), TEST_ADMIN.username, TEST_ADMIN.password);
  let isClosed = false;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    await app.close();
  };
  return {
    app,
    config,
    http,
    anonymous: request.agent(server),
    signInAs: async (role, sections = []) => {
      const username = `${role}-${++userCounter}`;
      const password = `${role}-password-${userCounter}`;
      await http.post('/api/users').send({ username, password, role, sections }).expect(201);
      return signIn(request.agent(server), username, password);
    },
    close,
    remove: async () => {
      await close();
      await database.drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
