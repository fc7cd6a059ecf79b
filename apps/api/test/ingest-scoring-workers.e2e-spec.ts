import type { CreatedApiKey, IngestReport } from '@tenor/contracts';
import { createNdjsonReader } from '@tenor/ingest';
import { createScorer } from '@tenor/scoring';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { ArticlesService } from '../src/articles/articles.service';
import { scoreColumns } from '../src/comments/comment-columns';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentsService } from '../src/comments/comments.service';
import { BulkIngestService } from '../src/ingest/bulk-ingest.service';
import { ScoringPool } from '../src/scoring/scoring-pool';
import { scoringWorkerFile } from '../src/scoring/scoring-worker-file';
import { writeFaultyScoringWorker } from '../src/scoring/testing/faulty-scoring-worker';
import { DEFAULT_SCORING_OPTIONS } from '../src/settings/settings.service';
import { startTestApp, type TestApp } from './support/test-app';

const BODIES = [
  'Sehr guter Artikel, danke für die Recherche!',
  'Was für ein Vollidiot, der gehört sofort abgesetzt!',
  'Die Sitzung ist am Donnerstag um 18 Uhr.',
  'Jetzt reich werden: www.schnell-reich.example 💰💰💰',
  'Ihr seid alle Versager und Heuchler.',
  'What a great piece, thank you!',
];

/** An article, then `count` varied comments on it; a broken line and a comment on an unknown article in between. */
function corpus(prefix: string, count: number): string[] {
  const lines = [JSON.stringify({ kind: 'article', externalId: `${prefix}-a`, title: 'Artikel', publishedAt: '2024-02-01T00:00:00Z' })];
  for (let index = 0; index < count; index++) {
    if (index === 300) lines.push('{"kind":"comment", broken');
    if (index === 700) lines.push(JSON.stringify({ kind: 'comment', externalId: `${prefix}-lost`, articleExternalId: 'nowhere', author: 'X', postedAt: '2024-02-01T10:00:00Z', body: 'Wohin?' }));
    lines.push(
      JSON.stringify({
        kind: 'comment',
        externalId: `${prefix}-${index}`,
        articleExternalId: `${prefix}-a`,
        author: `Leser ${index % 7}`,
        postedAt: new Date(Date.UTC(2024, 1, 1) + index * 60_000).toISOString(),
        ...(index % 5 === 0 ? { title: `Titel ${index}` } : {}),
        body: `${BODIES[index % BODIES.length]} (${index})`,
      }),
    );
  }
  return lines;
}

async function* chunksOf(text: string): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += 4096) yield text.slice(start, start + 4096);
}

describe('bulk ingestion scores in the worker pool', () => {
  let tenor: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'tenor-ingest-workers-'));

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false, scoringWorkers: 1 });
  });

  afterAll(async () => {
    await tenor.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores each comment with the scores the API scorer gives it, across batches and around rejected lines', async () => {
    expect(tenor.app.get(ScoringPool).size).toBe(1);
    const key = (await tenor.http.post('/api/api-keys').send({ name: 'workers', scope: 'ingest' }).expect(201)).body as CreatedApiKey;
    const response = await request(tenor.app.getHttpServer())
      .post('/api/ingest')
      .set('Authorization', `Bearer ${key.key}`)
      .set('Content-Type', 'application/x-ndjson')
      .send(corpus('w', 1200).join('\n'))
      .expect(200);
    expect(response.body as IngestReport).toMatchObject({ commentsCreated: 1200, rejected: 2 });
    const scorer = createScorer(DEFAULT_SCORING_OPTIONS);
    const stored = await tenor.app.get(DataSource).getRepository(CommentEntity).find({ order: { id: 'ASC' } });
    expect(stored).toHaveLength(1200);
    for (const comment of stored) {
      const text = comment.title ? `${comment.title}\n${comment.body}` : comment.body;
      expect(comment).toMatchObject(scoreColumns(scorer.score(text)));
    }
  });

  it('fails the ingest when a worker dies, keeping the batches committed before and nothing after', async () => {
    const workerFile = writeFaultyScoringWorker(folder, await scoringWorkerFile());
    const pool = new ScoringPool({ size: 1, scorerOptions: DEFAULT_SCORING_OPTIONS, scorer: createScorer(), workerFile });
    const bulk = new BulkIngestService(tenor.app.get(DataSource), tenor.app.get(ArticlesService), tenor.app.get(CommentsService), pool);
    const lines = corpus('f', 1200);
    // In the second batch: the worker dies while the first batch is written.
    lines[900] = lines[900].replace('"body":"', '"body":"exit ');
    const committed: number[] = [];
    try {
      await expect(
        bulk.ingestStream(chunksOf(lines.join('\n')), createNdjsonReader('faulty'), (line) => committed.push(line)),
      ).rejects.toThrow('a scoring worker exited with code 3');
    } finally {
      await pool.close();
    }
    expect(committed).toEqual([502]);
    expect(await tenor.app.get(DataSource).getRepository(CommentEntity).countBy({ externalId: Like('f-%') })).toBe(500);
  });
});
