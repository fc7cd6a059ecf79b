import { buildRiskInputFromText } from '../risk/risk-input';
import { getRiskWordFacts } from '../risk/word-facts';
import { analyseComment } from '../scorer';
import { getGermanToneLexicon } from '../sentiment/german-tone-lexicon';
import { WordProfiles } from '../word-profiles';
import {
  DEFAULT_OFFENSE_FEATURE_CONFIG,
  OffenseFeatureExtractor,
  OffenseFeatureInput,
} from './offense-features';

function inputOf(text: string): OffenseFeatureInput {
  return {
    risk: buildRiskInputFromText(text),
    detectorFindings: [],
    tone: { compound: 0, pos: 0, neu: 1, neg: 0 },
  };
}

/** Small integer weights, as the classifier's quantized ones: every bucket a different value. */
const weights = Int8Array.from(
  { length: 1 << DEFAULT_OFFENSE_FEATURE_CONFIG.hashBits },
  (_, bucket) => (bucket % 255) - 127,
);

describe('offense features: summing and recording', () => {
  const texts = [
    '@user Du bist so ein Vollpfosten 🖕!!',
    'Vollpfosten bleibt Vollpfosten, sagt der Vollpfosten',
    'Ein ganz neuer Satz mit Wörtern, die noch keiner kennt: Quarkbrötchen',
    '@user Du bist so ein Vollpfosten 🖕!!',
  ];

  it('sums exactly what recording every occurrence gives, text after text', () => {
    const recorder = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    const summer = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    for (const text of texts) {
      const input = inputOf(text);
      recorder.extract(input);
      const expected = [0, 0];
      for (let index = 0; index < recorder.count; index++)
        expected[recorder.groups[index]] += weights[recorder.buckets[index]];
      const recordedValues = Array.from(recorder.groupValues);
      summer.sumWeights(input, weights);
      expect(Array.from(summer.groupSums)).toEqual(expected);
      expect(Array.from(summer.groupValues)).toEqual(recordedValues);
      expect(Array.from(summer.dense)).toEqual(Array.from(recorder.dense));
    }
  });

  it('attributes the same sums to the units, a bigram half to each of its words', () => {
    const extractor = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    for (const text of texts) {
      const input = inputOf(text);
      extractor.sumWeights(input, weights);
      const sums = Array.from(extractor.groupSums);
      extractor.attributeWeights(input, weights);
      expect(Array.from(extractor.groupSums)).toEqual(sums);
      const perGroup = [0, 0];
      for (let unit = 0; unit < extractor.unitCount; unit++) {
        perGroup[0] += extractor.unitSums[unit * 2];
        perGroup[1] += extractor.unitSums[unit * 2 + 1];
      }
      expect(perGroup).toEqual(sums);
      expect(extractor.unitCount).toBe(input.risk.words.length + extractor.symbolCount);
    }
  });

  it('sums whatever weights it is given', () => {
    const summer = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    const input = inputOf(texts[0]);
    summer.sumWeights(input, weights);
    const doubled = Int16Array.from(weights, (weight) => weight * 2);
    const first = Array.from(summer.groupSums);
    summer.sumWeights(input, doubled);
    expect(Array.from(summer.groupSums)).toEqual(first.map((sum) => sum * 2));
  });

  it('sums the same with the word memos as without, while they fill and once they are filled', () => {
    const profiles = new WordProfiles(getGermanToneLexicon(), getRiskWordFacts(), 4);
    const withMemos = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    const without = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    let memoWords = 0;
    let isSummedFromMemos = false;
    for (let round = 0; round < 4; round++) {
      for (const text of texts) {
        const analysis = analyseComment(text, undefined, profiles);
        const input = { risk: analysis.riskInput, detectorFindings: [], tone: analysis.tone };
        withMemos.attributeWeights({ ...input, wordMemos: analysis.offenseWordMemos }, weights);
        without.attributeWeights(input, weights);
        expect(Array.from(withMemos.groupSums)).toEqual(Array.from(without.groupSums));
        expect(Array.from(withMemos.groupValues)).toEqual(Array.from(without.groupValues));
        const units = without.unitCount * 2;
        expect(Array.from(withMemos.unitSums.subarray(0, units))).toEqual(
          Array.from(without.unitSums.subarray(0, units)),
        );
        memoWords += Array.from(analysis.offenseWordMemos.offsets).filter((offset) => offset >= 0).length;
        if (withMemos.count < without.count) isSummedFromMemos = true;
      }
    }
    expect(memoWords).toBeGreaterThan(0);
    expect(isSummedFromMemos).toBe(true);
  });

  it('leaves mentions out and records symbols as units after the words', () => {
    const extractor = new OffenseFeatureExtractor(DEFAULT_OFFENSE_FEATURE_CONFIG);
    const input = inputOf('@user Na toll 🤮');
    extractor.extract(input);
    const units = new Set(Array.from(extractor.units.subarray(0, extractor.count)));
    expect(units.has(0)).toBe(false);
    expect([...units].sort()).toEqual([1, 2, 3]);
    expect(extractor.symbolCount).toBe(1);
  });
});
