import { lexiconValence, valenceIn } from './tone-test-helpers';
import { CONTRAST_AFTER_SCALAR, CONTRAST_BEFORE_SCALAR } from './vader-constants';

describe('German tone: "doch" and other contrast words', () => {
  it('reads "doch" as a contrast only where it opens a clause', () => {
    const text = 'Der Start war holprig, doch am Ende war es gut';
    expect(valenceIn(text, 'holprig')).toBeCloseTo(lexiconValence('holprig') * CONTRAST_BEFORE_SCALAR, 10);
    expect(valenceIn(text, 'gut')).toBeCloseTo(lexiconValence('gut') * CONTRAST_AFTER_SCALAR, 10);
  });

  it('leaves the particle "doch" alone (Das ist doch schön)', () => {
    expect(valenceIn('Schön ist das doch, oder?', 'Schön')).toBe(lexiconValence('schoen'));
  });

  it.each(['trotzdem', 'dennoch', 'immerhin'])('weighs sentiment around "%s" as around "aber"', (word) => {
    const text = `Das Essen war teuer, ${word} war es lecker`;
    expect(valenceIn(text, 'teuer')).toBeCloseTo(lexiconValence('teuer') * CONTRAST_BEFORE_SCALAR, 10);
    expect(valenceIn(text, 'lecker')).toBeCloseTo(lexiconValence('lecker') * CONTRAST_AFTER_SCALAR, 10);
  });
});
