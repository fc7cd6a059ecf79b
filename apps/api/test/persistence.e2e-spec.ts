import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp } from './support/test-app';

describe('the SQLite file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tenor-persist-'));

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps data and decisions across restarts, migrates once and seeds only an empty database', async () => {
    const first = await startTestApp({}, folder);
    const ingo = (await first.http.get('/api/comments?limit=1').expect(200)).body.items[0];
    await first.http.post(`/api/comments/${ingo.id}/decision`).send({ action: 'reject', reason: 'threat' }).expect(200);
    await first.close();

    const second = await startTestApp({}, folder);
    const health = (await second.http.get('/api/health').expect(200)).body;
    expect(health).toMatchObject({ articles: 5, comments: 4 });
    const stored = (await second.http.get(`/api/comments/${ingo.id}`).expect(200)).body;
    expect(stored.status).toBe('rejected');
    await second.close();

    const dataSource = new DataSource({ type: 'sqlite', database: join(folder, 'tenor.sqlite') });
    await dataSource.initialize();
    try {
      const [journal] = await dataSource.query('PRAGMA journal_mode');
      expect(journal.journal_mode).toBe('wal');
      const migrations = await dataSource.query('SELECT name FROM migrations');
      expect(migrations).toEqual([{ name: 'InitialSchema1763719200000' }]);
      const indexes = (await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments'")).map(
        (row: { name: string }) => row.name,
      );
      expect(indexes).toEqual(expect.arrayContaining(['ix_comments_queue', 'ix_comments_posted_at', 'ux_comments_external_id']));
    } finally {
      await dataSource.destroy();
    }
  });
});
