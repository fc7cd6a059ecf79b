import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The hand-labelled German tone gold set that tools/scoring/tone-gold-report.ts scores. */
const GOLD_PATH = join(__dirname, '../../data/eval/de-tone-gold.tsv');
const LABELS = ['negative', 'neutral', 'positive'] as const;
/** Every third data row is held out while tuning, as the file's header says. */
const HELD_OUT_EVERY = 3;

const lines = readFileSync(GOLD_PATH, 'utf8').split('\n');
const rows = lines
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t'));

function countByLabel(selected: readonly string[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [label] of selected) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

describe('German tone gold set', () => {
  it('starts with the CC0 header and says how the held-out third is chosen', () => {
    expect(lines[0].startsWith('# CC0, written by the Tenor team;')).toBe(true);
    expect(lines.filter((line) => line.startsWith('#')).join('\n')).toContain('Held-out third');
  });

  it('has at least 400 rows of label<TAB>sentence with a known label', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const fields of rows) {
      expect(fields).toHaveLength(2);
      expect(LABELS).toContain(fields[0]);
      expect(fields[1].trim().length).toBeGreaterThan(0);
    }
  });

  it('lists every sentence once', () => {
    expect(new Set(rows.map(([, sentence]) => sentence)).size).toBe(rows.length);
  });

  it('is balanced across the three classes, in the whole set and in the held-out third', () => {
    const heldOut = rows.filter((_, index) => (index + 1) % HELD_OUT_EVERY === 0);
    for (const selected of [rows, heldOut]) {
      const counts = countByLabel(selected);
      for (const label of LABELS) {
        expect(counts[label] / selected.length).toBeGreaterThan(0.28);
        expect(counts[label] / selected.length).toBeLessThan(0.39);
      }
    }
  });
});
