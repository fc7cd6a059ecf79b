import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

/** Runs every project's Jest suite: `npm test`. */
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // A global option (projects cannot set it): end-to-end specs boot the app, spawn CLIs and servers, and
  // share two cores with the other suites.
  testTimeout: 60_000,
});
