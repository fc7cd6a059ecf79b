import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Max, Min, validateSync } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value;

/** The environment variables Tenor reads, with defaults that work from the repository root. */
export class AppConfig {
  /** TENOR_PORT: the one port that serves API and dashboard. */
  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  /** TENOR_HOST: the interface to listen on. */
  @IsString()
  @IsNotEmpty()
  host = '127.0.0.1';

  /** TENOR_DATABASE_PATH: the SQLite file, created with its folder when missing. */
  @IsString()
  @IsNotEmpty()
  databasePath = 'data/tenor.sqlite';

  /** TENOR_SEED_DIR: the sample corpus ingested into an empty database. */
  @IsString()
  @IsNotEmpty()
  seedDir = 'data/seeds';

  /** TENOR_SEED_ON_EMPTY: whether an empty database is filled from the seed folder at start. */
  @Transform(toBoolean)
  @IsBoolean()
  isSeedOnEmpty = true;

  /** TENOR_DASHBOARD_DIR: the built dashboard served at `/`; skipped when the folder has no index.html. */
  @IsString()
  @IsNotEmpty()
  dashboardDir = 'dist/apps/dashboard/browser';

  /** TENOR_DEFAULT_ACTOR: the name recorded on decisions until accounts exist. */
  @IsString()
  @IsNotEmpty()
  defaultActor = 'moderator';
}

const ENVIRONMENT_KEYS: Record<keyof AppConfig, string> = {
  port: 'TENOR_PORT',
  host: 'TENOR_HOST',
  databasePath: 'TENOR_DATABASE_PATH',
  seedDir: 'TENOR_SEED_DIR',
  isSeedOnEmpty: 'TENOR_SEED_ON_EMPTY',
  dashboardDir: 'TENOR_DASHBOARD_DIR',
  defaultActor: 'TENOR_DEFAULT_ACTOR',
};

/** Thrown at start when a setting is invalid; names every bad variable. */
export class ConfigError extends Error {}

/** Reads, validates and resolves the config from an environment (relative paths against `baseDir`). */
export function loadAppConfig(
  environment: NodeJS.ProcessEnv = process.env,
  baseDir = process.cwd(),
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [field, variable] of Object.entries(ENVIRONMENT_KEYS)) {
    const value = environment[variable];
    if (value !== undefined && value !== '') raw[field] = value;
  }
  const config = plainToInstance(AppConfig, { ...raw, ...overrides });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const details = errors.map(
      (error) =>
        `${ENVIRONMENT_KEYS[error.property as keyof AppConfig]}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join(', ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${details.join('\n  ')}`);
  }
  for (const field of ['databasePath', 'seedDir', 'dashboardDir'] as const) {
    if (config[field] !== ':memory:' && !isAbsolute(config[field])) config[field] = resolve(baseDir, config[field]);
  }
  return config;
}
