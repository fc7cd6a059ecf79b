import * as scoring from './index';

describe('public API', () => {
  it('exports the scorer, the text machinery the policy matches word lists with, and the model retraining', () => {
    expect(Object.keys(scoring).sort()).toEqual([
      'DEFAULT_FLAG_THRESHOLDS',
      'DEFAULT_TONE_THRESHOLDS',
      'SCORER_VERSION',
      'createScorer',
      'deserializeOffenseModel',
      'detectLanguage',
      'getShippedOffenseModel',
      'labelTone',
      'normalizeText',
      'retrainOnDecisions',
      'serializeOffenseModel',
      'toOriginalSpan',
      'tokenizeWords',
    ]);
    expect(scoring.SCORER_VERSION).toMatch(/^tenor-scorer\/\d+\.\d+\.\d+\+lex\.\d+$/);
    expect(scoring.detectLanguage('Das ist gut so, denke ich')).toBe('de');
  });
});
