import { buildRiskInputFromText } from '../risk/risk-input';
import type { RiskInput } from '../risk/risk-types';
import { DEFAULT_OFFENSE_FEATURE_CONFIG, OffenseFeatureExtractor } from './offense-features';
import type { UnitContributions } from './offense-model';
import { categoryScoreOfProbability, evidenceOf, MODEL_OFFENSE_RULE } from './offense-signal';

/** Units for the words of a text, with the given contributions. */
function wordUnits(input: RiskInput, contributions: number[]): UnitContributions {
  return {
    contributions: Float64Array.from(contributions),
    starts: Int32Array.from(input.words, (word) => word.start),
    ends: Int32Array.from(input.words, (word) => word.end),
  };
}

function evidenceTexts(text: string, input: RiskInput, units: UnitContributions): string[] {
  return evidenceOf(input, units, 0.8).map((finding) => {
    expect(finding).toMatchObject({ category: 'insult', rule: MODEL_OFFENSE_RULE, score: 0.8 });
    return text.slice(finding.start, finding.end);
  });
}

describe('offense signal evidence', () => {
  it('shows the top contributing words as spans of the original text, neighbours joined', () => {
    const text = 'Du bist ein elender Schm4ro\u200Btzer, echt jetzt';
    const input = buildRiskInputFromText(text);
    expect(input.words.map((word) => word.text)).toEqual([
      'du',
      'bist',
      'ein',
      'elender',
      'schmarotzer',
      'echt',
      'jetzt',
    ]);
    const units = wordUnits(input, [0.1, 0, 0, 0.8, 1.0, -0.5, 0.05]);
    expect(evidenceTexts(text, input, units)).toEqual(['elender Schm4ro\u200Btzer']);
  });

  it('keeps apart words with punctuation between them and leaves out weak and negative ones', () => {
    const text = 'Du   Übler, so ein Würstchen!';
    const input = buildRiskInputFromText(text);
    const weights: Record<string, number> = { du: 0.2, uebler: 1, wuerstchen: 0.9 };
    const units = wordUnits(
      input,
      input.words.map((word) => weights[word.text] ?? -1),
    );
    expect(evidenceTexts(text, input, units)).toEqual(['Übler', 'Würstchen']);
  });

  it('shows at most three words', () => {
    const text = 'eins zwei drei vier fünf';
    const input = buildRiskInputFromText(text);
    expect(evidenceTexts(text, input, wordUnits(input, [1, 1, 1, 1, 1]))).toEqual(['eins zwei drei']);
  });

  it('shows emoji as their own spans, joined with a word right before them', () => {
    const text = 'Na toll 🤮 du Lappen🖕!';
    const input = buildRiskInputFromText(text);
    const extractor = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    extractor.extract({ risk: input, detectorFindings: [], tone: { compound: 0, pos: 0, neu: 1, neg: 0 } });
    const symbols = Array.from({ length: extractor.symbolCount }, (_, index) =>
      input.normalized.text.slice(extractor.symbolStarts[index], extractor.symbolEnds[index]),
    );
    expect(symbols).toEqual(['🤮', '🖕', '!']);
    const words = wordUnits(
      input,
      input.words.map((word) => (word.text === 'lappen' ? 0.6 : 0)),
    );
    const units: UnitContributions = {
      contributions: Float64Array.from([...words.contributions, 0.7, 1, 0]),
      starts: Int32Array.from([...words.starts, ...extractor.symbolStarts.subarray(0, 3)]),
      ends: Int32Array.from([...words.ends, ...extractor.symbolEnds.subarray(0, 3)]),
    };
    expect(evidenceTexts(text, input, units)).toEqual(['🤮', 'Lappen🖕']);
  });

  it('gives no evidence when nothing adds to the offense', () => {
    const input = buildRiskInputFromText('Ein ruhiger Satz');
    expect(evidenceOf(input, wordUnits(input, [-1, 0, -0.5]), 0.6)).toEqual([]);
  });

  it('maps the model threshold onto the flag threshold 0.5, monotonically', () => {
    expect(categoryScoreOfProbability(0.3, 0.3)).toBe(0.5);
    expect(categoryScoreOfProbability(0, 0.3)).toBe(0);
    expect(categoryScoreOfProbability(1, 0.3)).toBe(0.75);
    expect(categoryScoreOfProbability(0.15, 0.3)).toBeCloseTo(0.25, 12);
    expect(categoryScoreOfProbability(0.65, 0.3)).toBeCloseTo(0.625, 12);
  });
});
