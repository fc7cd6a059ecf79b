import { plainToInstance, Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

// More scoring workers than this only add memory (one scorer each); the single writer is the limit long before.
const MAX_SCORING_WORKERS = 32;

/** The default of TENOR_SCORING_WORKERS: every core but the one the writer and the parsers run on; at least one. */
export function defaultScoringWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

// Retraining at most monthly still counts as scheduled; a longer interval is a typo more often than a wish.
const MAX_MODEL_RETRAIN_HOURS = 24 * 30;

/**
 * The default of TENOR_MODEL_RETRAIN_MIN_DECISIONS (team choice): about what a busy site decides in a day, and enough
 * for the held-back fifth to show a difference.
 */
export const DEFAULT_MODEL_RETRAIN_MIN_DECISIONS = 200;

/**
 * The default of TENOR_INGEST_REQUESTS_PER_MINUTE (team choice): ten a second, far above a CMS pushing comments as
 * they arrive or a bulk import streaming one large file, far below what would starve the moderators' requests.
 */
export const DEFAULT_INGEST_REQUESTS_PER_MINUTE = 600;

/** The shortest password Tenor accepts. */
export const MIN_PASSWORD_LENGTH = 10;

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

  /** DATABASE_URL: a PostgreSQL URL (postgres://user:password@host:5432/db); when set it is used instead of the SQLite file. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  databaseUrl?: string;

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

  /** TENOR_SESSION_HOURS: how long a login lasts. */
  @Transform(({ value }) => (value === undefined ? 12 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  sessionHours = 12;

  /** TENOR_SECURE_COOKIE: whether the session cookie is sent over HTTPS only (set it behind TLS). */
  @Transform(toBoolean)
  @IsBoolean()
  isSecureCookie = false;

  /** TENOR_ADMIN_USERNAME: the first admin, created when there are no users yet. */
  @IsString()
  @IsNotEmpty()
  adminUsername = 'admin';

  /** TENOR_ADMIN_PASSWORD: that admin's password; without it a random one is generated and printed once. */
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  adminPassword?: string;

  /** TENOR_SCORING_WORKERS: worker threads that score bulk ingests; 0 scores on the main thread. */
  @Transform(({ value }) => (value === undefined ? defaultScoringWorkers() : Number(value)))
  @IsInt()
  @Min(0)
  @Max(MAX_SCORING_WORKERS)
  scoringWorkers = defaultScoringWorkers();

  /**
   * TENOR_MODEL_RETRAIN_HOURS: every this many hours a candidate offense model is trained on moderators' new
   * decisions (when there are enough, see below), for an admin to accept; 0 (the default) trains only on demand.
   */
  @Transform(({ value }) => (value === undefined ? 0 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(MAX_MODEL_RETRAIN_HOURS)
  modelRetrainHours = 0;

  /** TENOR_MODEL_RETRAIN_MIN_DECISIONS: the scheduled training runs only when at least this many new decisions exist. */
  @Transform(({ value }) => (value === undefined ? DEFAULT_MODEL_RETRAIN_MIN_DECISIONS : Number(value)))
  @IsInt()
  @Min(1)
  modelRetrainMinDecisions = DEFAULT_MODEL_RETRAIN_MIN_DECISIONS;

  /**
   * TENOR_CORS_ORIGINS: comma-separated origins (scheme://host[:port]) whose pages may call the API with the
   * user's cookie; empty (the default) allows none, since the dashboard is served from the API's own origin.
   */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((origin) => origin.trim()).filter(Boolean) : value))
  @IsArray()
  @Matches(/^https?:\/\/[^/\s,]+$/, { each: true, message: 'each origin must look like https://host[:port], without a path' })
  corsOrigins: string[] = [];

  /** TENOR_INGEST_REQUESTS_PER_MINUTE: ingest requests one API key or user may send per minute (bursts up to that many). */
  @Transform(({ value }) => (value === undefined ? DEFAULT_INGEST_REQUESTS_PER_MINUTE : Number(value)))
  @IsInt()
  @Min(1)
  ingestRequestsPerMinute = DEFAULT_INGEST_REQUESTS_PER_MINUTE;
}

const ENVIRONMENT_KEYS: Record<keyof AppConfig, string> = {
  port: 'TENOR_PORT',
  host: 'TENOR_HOST',
  databasePath: 'TENOR_DATABASE_PATH',
  databaseUrl: 'DATABASE_URL',
  seedDir: 'TENOR_SEED_DIR',
  isSeedOnEmpty: 'TENOR_SEED_ON_EMPTY',
  dashboardDir: 'TENOR_DASHBOARD_DIR',
  sessionHours: 'TENOR_SESSION_HOURS',
  isSecureCookie: 'TENOR_SECURE_COOKIE',
  adminUsername: 'TENOR_ADMIN_USERNAME',
  adminPassword: 'TENOR_ADMIN_PASSWORD',
  scoringWorkers: 'TENOR_SCORING_WORKERS',
  modelRetrainHours: 'TENOR_MODEL_RETRAIN_HOURS',
  modelRetrainMinDecisions: 'TENOR_MODEL_RETRAIN_MIN_DECISIONS',
  corsOrigins: 'TENOR_CORS_ORIGINS',
  ingestRequestsPerMinute: 'TENOR_INGEST_REQUESTS_PER_MINUTE',
};

/** Thrown at start when a setting is invalid; names every bad variable. */
export class ConfigError extends Error {}

/**
 * Where the data lives, for logs: the SQLite file, or the PostgreSQL URL without its password. The pattern is anchored
 * at the scheme: unanchored, a search restarting at every "//" scanned the rest for an "@", quadratic time.
 */
export function describeDatabase(config: Pick<AppConfig, 'databasePath' | 'databaseUrl'>): string {
  return config.databaseUrl ? config.databaseUrl.replace(/^([a-z][a-z\d+.-]*:\/\/[^:/@]+):[^@]*@/i, '$1:***@') : config.databasePath;
}

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
