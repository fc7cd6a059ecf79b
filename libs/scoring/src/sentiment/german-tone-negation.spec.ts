import { lexiconValence, valenceIn } from './tone-test-helpers';
import { B_INCR, N_SCALAR } from './vader-constants';

const GUT = lexiconValence('gut');

describe('German tone: negation', () => {
  it("negates a sentiment word right after a negator with VADER's N_SCALAR", () => {
    expect(valenceIn('Das ist nicht gut', 'gut')).toBeCloseTo(GUT * N_SCALAR, 10);
    expect(valenceIn('Das ist keine Hoffnung', 'Hoffnung')).toBeCloseTo(
      lexiconValence('hoffnung') * N_SCALAR,
      10,
    );
    expect(valenceIn('Das war niemals gut', 'gut')).toBeCloseTo(GUT * N_SCALAR, 10);
  });

  it('negates within three preceding tokens, after applying boosters', () => {
    expect(valenceIn('Das ist nicht sehr gut', 'gut')).toBeCloseTo((GUT + B_INCR) * N_SCALAR, 10);
    expect(valenceIn('nicht wirklich sehr gut', 'gut')).toBeCloseTo(
      (GUT + B_INCR + B_INCR * 0.95) * N_SCALAR,
      10,
    );
    expect(valenceIn('Ohne große Freude', 'Freude')).toBeCloseTo(lexiconValence('freude') * N_SCALAR, 10);
  });

  it('does not negate across a sentence end', () => {
    expect(valenceIn('Ich weiß nicht. Gut gemacht', 'Gut')).toBeCloseTo(GUT, 10);
  });

  it('negates a sentiment word followed by a clause-final "nicht" (German verb-second order)', () => {
    const gefaellt = lexiconValence('gefaellt');
    expect(valenceIn('Das gefällt mir nicht.', 'gefällt')).toBeCloseTo(gefaellt * N_SCALAR, 10);
    expect(valenceIn('Da helfen auch nicht die Helme', 'helfen')).toBeCloseTo(
      lexiconValence('helfen') * N_SCALAR,
      10,
    );
  });

  it('leaves it when "nicht" asks for agreement, belongs to the next word or is fixed phrase', () => {
    const gefaellt = lexiconValence('gefaellt');
    expect(valenceIn('Das gefällt dir, nicht?', 'gefällt')).toBeCloseTo(gefaellt, 10);
    expect(valenceIn('Das hilft nicht nur den Kindern', 'hilft')).toBeCloseTo(lexiconValence('hilft'), 10);
    expect(valenceIn('Das ist gut und nicht böse', 'gut')).toBeCloseTo(GUT, 10);
    expect(valenceIn('Die schönen Türen nicht gemeint', 'schönen')).toBeCloseTo(
      lexiconValence('schoenen'),
      10,
    );
  });
});
