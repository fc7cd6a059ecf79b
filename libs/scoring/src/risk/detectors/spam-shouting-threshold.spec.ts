import { findingsOf } from '../risk-test-helpers';
import { spamDetector } from './spam.detector';

const shouting = (text: string) =>
  findingsOf(spamDetector, text).filter((finding) => finding.rule === 'spam.shouting');

describe('spamDetector: shouting at the threshold', () => {
  it('flags capitals at exactly 70% of the letters, and not just below', () => {
    expect(shouting('ABCDEFG ABCDEFG abc abc')).toHaveLength(1);
    expect(shouting('ABCDEFG ABCDEF abc abc')).toEqual([]);
  });

  it('counts umlauts and other letters beyond ASCII by their case', () => {
    expect(shouting('ÄRGER ÜBER ÖFFENTLICHE ÄMTER!')).toHaveLength(1);
    expect(shouting('ärger über öffentliche ÄMTER UND SO')).toEqual([]);
  });

  it('needs at least 20 letters', () => {
    expect(shouting('NEIN NEIN NEIN')).toEqual([]);
  });
});
