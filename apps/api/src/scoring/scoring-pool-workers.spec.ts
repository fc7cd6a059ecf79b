import { createScorer, type ScorerOptions } from '@tenor/scoring';
import { performance } from 'node:perf_hooks';
import { ScoringPool, type ScoringItem } from './scoring-pool';

// Options away from the defaults, so a worker that ignored them would label and flag differently.
const OPTIONS: ScorerOptions = { toneThresholds: { positive: 0.3, negative: -0.2 }, flagThreshold: 0.35 };
const SENTENCES = [
  'Sehr guter Artikel, danke für die Recherche!',
  'Das ist doch völliger Unsinn, was die Regierung da macht.',
  'Was für ein Vollidiot, der gehört sofort abgesetzt!',
  'Halt die Klappe, du Idiot.',
  'Die gehören alle an die Wand gestellt.',
  'Jetzt reich werden: www.schnell-reich.example 💰💰💰',
  'Ruf mich an unter 0171 2345678 oder schreib an anna.mueller@example.de',
  'Weiß jemand, wann das beschlossen wurde?',
  'Ich bin maßlos enttäuscht, das ist peinlich.',
  'Schoen waere es, wenn die Stadt das endlich regelt.',
  'What a great piece, thank you so much!',
  'This is the worst decision ever, absolutely terrible.',
  'You are all idiots and liars.',
];

/** Varied texts: one to three sentences each, some with a title line, every third with its language given. */
function sampleItems(count: number): ScoringItem[] {
  return Array.from({ length: count }, (_, index) => {
    const parts = [SENTENCES[index % SENTENCES.length], SENTENCES[(index * 7 + 3) % SENTENCES.length], SENTENCES[(index * 5 + 1) % SENTENCES.length]];
    const body = parts.slice(0, 1 + (index % 3)).join(' ');
    const text = index % 4 === 0 ? `Kommentar ${index}\n${body}` : body;
    return { text, language: index % 3 === 0 ? (index % 2 === 0 ? 'de' : 'en') : undefined };
  });
}

/** How busy the calling thread was (0..1) while `work` ran. */
async function callingThreadUtilisation(work: () => Promise<unknown>): Promise<number> {
  const before = performance.eventLoopUtilization();
  await work();
  return performance.eventLoopUtilization(before).utilization;
}

describe('ScoringPool with worker threads', () => {
  const scorer = createScorer(OPTIONS);
  let pool: ScoringPool;

  beforeAll(() => {
    pool = new ScoringPool({ size: 2, scorerOptions: OPTIONS, scorer });
  });

  afterAll(async () => {
    await pool.close();
  });

  it('gives every text the score the in-process scorer gives it, in order', async () => {
    const items = sampleItems(600);
    const expected = items.map(({ text, language }) => scorer.score(text, { language }));
    expect(expected.some((score) => score.risk.flagged)).toBe(true);
    expect(await pool.score(items)).toEqual(expected);
  });

  it('scores off the calling thread, which stays free while a large batch is scored', async () => {
    const items = sampleItems(6000);
    await pool.score(items.slice(0, 10));
    const inWorkers = await callingThreadUtilisation(() => pool.score(items));
    const inProcess = new ScoringPool({ size: 0, scorerOptions: OPTIONS, scorer });
    const onCallingThread = await callingThreadUtilisation(() => inProcess.score(items));
    expect(onCallingThread).toBeGreaterThan(0.9);
    expect(inWorkers).toBeLessThan(0.5);
  });

  it('answers an empty batch without a worker', async () => {
    expect(await pool.score([])).toEqual([]);
  });
});
