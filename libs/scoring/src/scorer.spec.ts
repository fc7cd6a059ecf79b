import { RISK_CATEGORIES } from '@tenor/contracts';
import { DE_LEXICON_STATS } from './lexicon/generated/de-lexicon';
import { createScorer, DEFAULT_FLAG_THRESHOLDS } from './scorer';
import { SCORER_VERSION } from './scorer-version';

describe('createScorer', () => {
  const scorer = createScorer();

  it('returns a full ScoreResult with the scorer version', () => {
    const result = scorer.score('Das ist ein sehr guter Artikel, danke!');
    expect(result.language).toBe('de');
    expect(result.sentiment.label).toBe('positive');
    expect(Object.keys(result.risk.categories)).toEqual([...RISK_CATEGORIES]);
    expect(result.scorerVersion).toBe(SCORER_VERSION);
    expect(scorer.version).toBe(SCORER_VERSION);
    expect(SCORER_VERSION).toBe(`tenor-scorer/0.2.1+lex.${DE_LEXICON_STATS.lemmaCount}`);
  });

  it('is pure: the same text gives the same result', () => {
    const text = 'Du Vollidiot, die gehören alle erschossen!!! www.example.com';
    expect(scorer.score(text)).toEqual(scorer.score(text));
    expect(createScorer().score(text)).toEqual(scorer.score(text));
  });

  it('labels tone negative, neutral and positive', () => {
    expect(scorer.score('Das ist eine Katastrophe und eine Schande.').sentiment.label).toBe('negative');
    expect(scorer.score('Der Zug fährt um acht Uhr.').sentiment.label).toBe('neutral');
  });

  it('uses the language hint instead of detecting', () => {
    const text = 'Das ist gut';
    expect(scorer.score(text, { language: 'en' }).language).toBe('en');
    expect(scorer.score(text, { language: 'en' }).sentiment.compound).toBe(0);
    expect(scorer.score(text).sentiment.compound).toBeGreaterThan(0);
  });

  it('applies custom tone thresholds and flag threshold', () => {
    const strict = createScorer({ toneThresholds: { positive: 0.9, negative: -0.9 }, flagThreshold: 0.95 });
    expect(strict.score('Das ist gut.').sentiment.label).toBe('neutral');
    const insult = strict.score('Du Idiot').risk.categories.insult;
    expect(insult.score).toBeGreaterThan(0.5);
    expect(insult.flagged).toBe(false);
    expect(createScorer({ flagThreshold: 0.2 }).score('Das ist dumm').risk.flagged).toBe(true);
  });

  it('rejects impossible options', () => {
    expect(() => createScorer({ toneThresholds: { positive: -0.1, negative: 0.1 } })).toThrow(RangeError);
    expect(() => createScorer({ flagThreshold: 0 })).toThrow(RangeError);
    expect(() => createScorer({ flagThreshold: 1.5 })).toThrow(RangeError);
  });

  it('defaults every category to a 0.5 flag threshold', () => {
    expect(Object.values(DEFAULT_FLAG_THRESHOLDS)).toEqual(RISK_CATEGORIES.map(() => 0.5));
  });

  it('constructs quickly once the word lists are loaded', () => {
    const started = performance.now();
    createScorer();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('handles empty, whitespace and emoji-only text', () => {
    expect(scorer.score('').sentiment).toEqual({ compound: 0, pos: 0, neu: 1, neg: 0, label: 'neutral' });
    expect(scorer.score('   \n ').risk.flagged).toBe(false);
    expect(scorer.score('🤮').sentiment.label).toBe('negative');
  });
});
