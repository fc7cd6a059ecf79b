import * as scoring from './index';

describe('public API', () => {
  it('exports exactly SCORER_VERSION, createScorer, DEFAULT_FLAG_THRESHOLDS and detectLanguage', () => {
    expect(Object.keys(scoring).sort()).toEqual([
      'DEFAULT_FLAG_THRESHOLDS',
      'SCORER_VERSION',
      'createScorer',
      'detectLanguage',
    ]);
    expect(scoring.SCORER_VERSION).toMatch(/^tenor-scorer\/\d+\.\d+\.\d+\+lex\.\d+$/);
    expect(scoring.detectLanguage('Das ist gut so, denke ich')).toBe('de');
  });
});
