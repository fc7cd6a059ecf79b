import { lexiconValence, valenceIn } from './tone-test-helpers';
import { B_DECR, B_INCR } from './vader-constants';

const GUT = lexiconValence('gut');
const SCHLECHT = lexiconValence('schlecht');

describe('German tone: boosters and dampeners', () => {
  it('adds B_INCR away from zero for a booster right before the word', () => {
    expect(valenceIn('Das ist sehr gut', 'gut')).toBeCloseTo(GUT + B_INCR, 10);
    expect(valenceIn('Das ist extrem schlecht', 'schlecht')).toBeCloseTo(SCHLECHT - B_INCR, 10);
  });

  it('adds B_DECR toward zero for a dampener', () => {
    expect(valenceIn('Das ist kaum gut', 'gut')).toBeCloseTo(GUT + B_DECR, 10);
    expect(valenceIn('Das ist etwas schlecht', 'schlecht')).toBeCloseTo(SCHLECHT - B_DECR, 10);
    expect(valenceIn('ein bisschen traurig', 'traurig')).toBeCloseTo(lexiconValence('traurig') - B_DECR, 10);
  });

  it('damps boosters further away: ×0.95 two tokens before, ×0.9 three before', () => {
    expect(valenceIn('sehr das gut', 'gut')).toBeCloseTo(GUT + B_INCR * 0.95, 10);
    expect(valenceIn('sehr das ist gut', 'gut')).toBeCloseTo(GUT + B_INCR * 0.9, 10);
  });

  it('recognises inflected boosters (ziemliche, totale, völlige)', () => {
    const kopfschmerzen = lexiconValence('kopfschmerzen');
    expect(valenceIn('ziemliche Kopfschmerzen', 'Kopfschmerzen')).toBeCloseTo(kopfschmerzen - B_INCR, 10);
    expect(valenceIn('totale Katastrophe', 'Katastrophe')).toBeCloseTo(
      lexiconValence('katastrophe') - B_INCR,
      10,
    );
  });

  it('lets a word that is both booster and sentiment word boost only when a sentiment word follows', () => {
    expect(valenceIn('richtig gut', 'gut')).toBeCloseTo(GUT + B_INCR, 10);
    expect(valenceIn('richtig gut', 'richtig')).toBeUndefined();
    expect(valenceIn('Das ist richtig', 'richtig')).toBeCloseTo(lexiconValence('richtig'), 10);
  });
});
