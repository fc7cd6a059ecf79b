import { RISK_DETECTORS } from './detectors';
import { RiskEvaluator } from './risk-evaluator';
import { buildRiskInputFromText } from './risk-input';
import type { RiskDetector } from './risk-types';

const HALF = { insult: 0.5, profanity: 0.5, threat: 0.5, hate: 0.5, spam: 0.5, personalData: 0.5 };

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
});
