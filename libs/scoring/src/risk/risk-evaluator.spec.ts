import { RISK_DETECTORS } from './detectors';
import { RiskContext, RiskEvaluator, RiskSignal } from './risk-evaluator';
import { buildRiskInputFromText } from './risk-input';
import type { RiskDetector } from './risk-types';

const HALF = { insult: 0.5, profanity: 0.5, threat: 0.5, hate: 0.5, spam: 0.5, personalData: 0.5 };
const GERMAN: RiskContext = { language: 'de', tone: { compound: 0, pos: 0, neu: 1, neg: 0 } };

/** A signal with a fixed score whose evidence is the first word, counting how often its evidence is built. */
function fixedSignal(score: number): RiskSignal & { evidenceCalls: number } {
  const signal = {
    id: 'test.signal',
    category: 'insult' as const,
    evidenceCalls: 0,
    evaluate: () => ({
      score,
      evidence: () => {
        signal.evidenceCalls++;
        return [{ category: 'insult' as const, rule: 'test.signal', score, start: 0, end: 3 }];
      },
    }),
  };
  return signal;
}

describe('RiskEvaluator', () => {
  it('reports every category, with zero scores and no evidence for a clean comment', () => {
    const result = new RiskEvaluator(RISK_DETECTORS, HALF).evaluate(
      buildRiskInputFromText('Ein sachlicher Beitrag, danke.'),
    );
    expect(Object.keys(result.categories)).toEqual([
      'insult',
      'profanity',
      'threat',
      'hate',
      'spam',
      'personalData',
    ]);
    expect(result).toMatchObject({ score: 0, flagged: false });
    for (const category of Object.values(result.categories))
      expect(category).toEqual({ score: 0, flagged: false, evidence: [] });
  });

  it('takes the highest category score as the overall score and flags when any category is flagged', () => {
    const text = 'Du Idiot, schreib mir an max@example.com';
    const result = new RiskEvaluator(RISK_DETECTORS, HALF).evaluate(buildRiskInputFromText(text));
    const scores = Object.values(result.categories).map((category) => category.score);
    expect(result.score).toBe(Math.max(...scores));
    expect(result.flagged).toBe(true);
    expect(result.categories.insult.flagged).toBe(true);
    expect(result.categories.personalData.flagged).toBe(true);
  });

  it('gives every flagged category evidence whose text is the original slice', () => {
    const text = 'Du Idi\u200Bot! Halt die Fresse.';
    const result = new RiskEvaluator(RISK_DETECTORS, HALF).evaluate(buildRiskInputFromText(text));
    for (const category of Object.values(result.categories)) {
      if (category.flagged) expect(category.evidence.length).toBeGreaterThan(0);
      for (const span of category.evidence) expect(span.text).toBe(text.slice(span.start, span.end));
    }
    expect(result.categories.insult.evidence.map((span) => span.rule)).toEqual([
      'insult.lexicon',
      'insult.phrase',
    ]);
  });

  it('flags by the given thresholds', () => {
    const input = buildRiskInputFromText('Das ist dumm');
    expect(new RiskEvaluator(RISK_DETECTORS, HALF).evaluate(input).categories.insult.flagged).toBe(false);
    const strict = { ...HALF, insult: 0.3 };
    expect(new RiskEvaluator(RISK_DETECTORS, strict).evaluate(input).categories.insult.flagged).toBe(true);
  });

  it('combines findings of one category and deduplicates identical evidence', () => {
    const twice: RiskDetector = {
      id: 'twice',
      category: 'spam',
      evaluate: () => [
        { category: 'spam', rule: 'spam.test', score: 0.4, start: 0, end: 3 },
        { category: 'spam', rule: 'spam.test', score: 0.4, start: 0, end: 3 },
      ],
    };
    const result = new RiskEvaluator([twice], HALF).evaluate(buildRiskInputFromText('abc'));
    expect(result.categories.spam.score).toBe(0.52);
    expect(result.categories.spam.evidence).toEqual([{ start: 0, end: 3, text: 'abc', rule: 'spam.test' }]);
  });

  describe('with a signal', () => {
    const input = buildRiskInputFromText('Das ist dumm');

    it("raises its category to the signal score, flags it, and appends the signal evidence to the detectors'", () => {
      const result = new RiskEvaluator(RISK_DETECTORS, HALF, [fixedSignal(0.7)]).evaluate(input, GERMAN);
      expect(result.categories.insult).toMatchObject({ score: 0.7, flagged: true });
      expect(result.categories.insult.evidence.map((span) => span.rule)).toEqual([
        'insult.lexicon',
        'test.signal',
      ]);
      expect(result.categories.insult.evidence[1]).toEqual({
        start: 0,
        end: 3,
        text: 'Das',
        rule: 'test.signal',
      });
      expect(result).toMatchObject({ score: 0.7, flagged: true });
    });

    it('raises the score below the threshold without flagging and without building evidence', () => {
      const signal = fixedSignal(0.45);
      const result = new RiskEvaluator(RISK_DETECTORS, HALF, [signal]).evaluate(input, GERMAN);
      expect(result.categories.insult).toMatchObject({ score: 0.45, flagged: false });
      expect(result.categories.insult.evidence.map((span) => span.rule)).toEqual(['insult.lexicon']);
      expect(signal.evidenceCalls).toBe(0);
    });

    it("keeps the detectors' higher score and flag", () => {
      const result = new RiskEvaluator(RISK_DETECTORS, HALF, [fixedSignal(0.1)]).evaluate(
        buildRiskInputFromText('Du Idiot'),
        GERMAN,
      );
      expect(result.categories.insult.flagged).toBe(true);
      expect(result.categories.insult.score).toBeGreaterThan(0.5);
    });

    it('adds no signal evidence when the detectors flag the category on their own', () => {
      const signal = fixedSignal(0.99);
      const result = new RiskEvaluator(RISK_DETECTORS, HALF, [signal]).evaluate(
        buildRiskInputFromText('Du Idiot'),
        GERMAN,
      );
      expect(result.categories.insult).toMatchObject({ score: 0.99, flagged: true });
      expect(result.categories.insult.evidence.map((span) => span.rule)).toEqual(['insult.lexicon']);
      expect(signal.evidenceCalls).toBe(0);
    });

    it('is not asked without a context', () => {
      const result = new RiskEvaluator(RISK_DETECTORS, HALF, [fixedSignal(0.9)]).evaluate(input);
      expect(result.categories.insult.flagged).toBe(false);
    });
  });
});
