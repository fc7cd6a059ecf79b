import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadAppConfig } from './app.config';

describe('loadAppConfig', () => {
  it('has defaults that work from the repository root', () => {
    const config = loadAppConfig({}, '/srv/tenor');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databasePath: join('/srv/tenor', 'data/tenor.sqlite'),
      seedDir: join('/srv/tenor', 'data/seeds'),
      isSeedOnEmpty: true,
      dashboardDir: join('/srv/tenor', 'dist/apps/dashboard/browser'),
    });
  });

  it('reads the environment', () => {
    const config = loadAppConfig(
      { TENOR_PORT: '8080', TENOR_DATABASE_PATH: '/var/lib/tenor/db.sqlite', TENOR_SEED_ON_EMPTY: 'false' },
      '/srv/tenor',
    );
    expect(config).toMatchObject({ port: 8080, databasePath: '/var/lib/tenor/db.sqlite', isSeedOnEmpty: false });
  });

  it('allows no CORS origin by default, exact origins from TENOR_CORS_ORIGINS, and refuses a path or a wildcard', () => {
    expect(loadAppConfig({})).toMatchObject({ corsOrigins: [], ingestRequestsPerMinute: 600 });
    expect(loadAppConfig({ TENOR_CORS_ORIGINS: 'https://cms.example, http://localhost:4200' }).corsOrigins).toEqual([
      'https://cms.example',
      'http://localhost:4200',
    ]);
    expect(() => loadAppConfig({ TENOR_CORS_ORIGINS: '*' })).toThrow(/TENOR_CORS_ORIGINS/);
    expect(() => loadAppConfig({ TENOR_CORS_ORIGINS: 'https://cms.example/path' })).toThrow(/TENOR_CORS_ORIGINS/);
    expect(loadAppConfig({ TENOR_INGEST_REQUESTS_PER_MINUTE: '30' }).ingestRequestsPerMinute).toBe(30);
    expect(() => loadAppConfig({ TENOR_INGEST_REQUESTS_PER_MINUTE: '0' })).toThrow(/TENOR_INGEST_REQUESTS_PER_MINUTE/);
  });

  it('scores in every core but one by default, and in as many workers as TENOR_SCORING_WORKERS says', () => {
    expect(loadAppConfig({}).scoringWorkers).toBe(Math.max(1, availableParallelism() - 1));
    expect(loadAppConfig({ TENOR_SCORING_WORKERS: '0' }).scoringWorkers).toBe(0);
    expect(loadAppConfig({ TENOR_SCORING_WORKERS: '3' }).scoringWorkers).toBe(3);
    expect(() => loadAppConfig({ TENOR_SCORING_WORKERS: '-1' })).toThrow(/TENOR_SCORING_WORKERS/);
    expect(() => loadAppConfig({ TENOR_SCORING_WORKERS: 'many' })).toThrow(/TENOR_SCORING_WORKERS/);
  });

  it('trains the offense model only on demand by default, on a schedule when TENOR_MODEL_RETRAIN_HOURS says', () => {
    expect(loadAppConfig({})).toMatchObject({ modelRetrainHours: 0, modelRetrainMinDecisions: 200 });
    expect(loadAppConfig({ TENOR_MODEL_RETRAIN_HOURS: '24', TENOR_MODEL_RETRAIN_MIN_DECISIONS: '50' })).toMatchObject({
      modelRetrainHours: 24,
      modelRetrainMinDecisions: 50,
    });
    expect(() => loadAppConfig({ TENOR_MODEL_RETRAIN_HOURS: '-1' })).toThrow(/TENOR_MODEL_RETRAIN_HOURS/);
    expect(() => loadAppConfig({ TENOR_MODEL_RETRAIN_HOURS: '1.5' })).toThrow(/TENOR_MODEL_RETRAIN_HOURS/);
    expect(() => loadAppConfig({ TENOR_MODEL_RETRAIN_HOURS: '10000' })).toThrow(/TENOR_MODEL_RETRAIN_HOURS/);
    expect(() => loadAppConfig({ TENOR_MODEL_RETRAIN_MIN_DECISIONS: '0' })).toThrow(/TENOR_MODEL_RETRAIN_MIN_DECISIONS/);
  });

  it('names every invalid variable', () => {
    expect(() => loadAppConfig({ TENOR_PORT: 'eighty', TENOR_SEED_ON_EMPTY: 'maybe' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ TENOR_PORT: '70000' })).toThrow(/TENOR_PORT="?70000"?/);
    expect(() => loadAppConfig({ TENOR_PORT: 'eighty' })).toThrow(/TENOR_PORT/);
  });
});
