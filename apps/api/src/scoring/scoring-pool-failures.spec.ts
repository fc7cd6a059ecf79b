import { createScorer } from '@tenor/scoring';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScoringPool, type ScoringPoolOptions } from './scoring-pool';
import { writeFaultyScoringWorker } from './testing/faulty-scoring-worker';

describe('ScoringPool when a worker fails', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-scoring-pool-'));
  const workerFile = writeFaultyScoringWorker(folder);
  const scorer = createScorer();
  const pools: ScoringPool[] = [];
  const poolOf = (options: Partial<ScoringPoolOptions>) => {
    const pool = new ScoringPool({ size: 1, scorerOptions: {}, scorer, workerFile, ...options });
    pools.push(pool);
    return pool;
  };

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('fails the request of a worker that exits, and the next request gets a fresh worker', async () => {
    const pool = poolOf({});
    await expect(pool.score([{ text: 'ok' }, { text: 'exit' }])).rejects.toThrow('a scoring worker exited with code 3');
    await expect(pool.score([{ text: 'fine' }])).resolves.toEqual([{ text: 'fine' }]);
  });

  it('fails the request of a worker that throws, and the next request gets a fresh worker', async () => {
    const pool = poolOf({});
    await expect(pool.score([{ text: 'throw' }])).rejects.toThrow('a scoring worker crashed: scorer blew up');
    await expect(pool.score([{ text: 'fine' }])).resolves.toEqual([{ text: 'fine' }]);
  });

  it('fails every request when the workers cannot create their scorer', async () => {
    const pool = poolOf({ scorerOptions: { flagThreshold: 5 }, workerFile: undefined });
    await expect(pool.score([{ text: 'Halt die Klappe.' }])).rejects.toThrow(/flagThreshold must be in \(0, 1\], got 5/);
    await expect(pool.score([{ text: 'Halt die Klappe.' }])).rejects.toThrow(/flagThreshold/);
  });

  it('fails what is queued or being scored when it is closed, and refuses new work', async () => {
    const pool = poolOf({ size: 1 });
    await pool.score([{ text: 'warm' }]);
    const pending = [pool.score([{ text: 'slow' }]), pool.score([{ text: 'queued' }])].map((request) =>
      expect(request).rejects.toThrow('the scoring pool is closed'),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pool.close();
    await Promise.all(pending);
    await expect(pool.score([{ text: 'c' }])).rejects.toThrow('the scoring pool is closed');
  });
});
