import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

/** Runs every project's Jest suite: `npm test`. */
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
});
