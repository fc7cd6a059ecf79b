import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/bootstrap';
import { type AppConfig, loadAppConfig } from '../../src/config/app.config';

/** The repository root, so tests find the shipped sample corpus. */
export const REPOSITORY_ROOT = join(__dirname, '../../../..');

/** A running API on a fresh SQLite file in its own temp folder. */
export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** Stops the app; the folder stays until `remove`. */
  close(): Promise<void>;
  /** Stops the app and deletes its folder. */
  remove(): Promise<void>;
}

/** Boots the real app (migrations, scorer, HTTP) on a new SQLite file; with the seed corpus unless told otherwise. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, folder?: string): Promise<TestApp> {
  const directory = folder ?? mkdtempSync(join(tmpdir(), 'tenor-e2e-'));
  const config = loadAppConfig({}, REPOSITORY_ROOT, {
    databasePath: join(directory, 'tenor.sqlite'),
    dashboardDir: join(directory, 'no-dashboard'),
    ...overrides,
  });
  const app = await createApp(config, false);
  await app.init();
  let isClosed = false;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    await app.close();
  };
  return {
    app,
    config,
    http: request(app.getHttpServer()),
    close,
    remove: async () => {
      await close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
