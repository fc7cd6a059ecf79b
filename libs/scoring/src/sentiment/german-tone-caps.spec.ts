import { analyseGermanTone } from './german-tone';
import { lexiconValence, valenceIn } from './tone-test-helpers';
import { B_INCR, C_INCR } from './vader-constants';

describe('German tone: ALL-CAPS emphasis', () => {
  it('adds C_INCR to a word in capitals when others are not', () => {
    expect(valenceIn('Das ist GUT', 'GUT')).toBeCloseTo(lexiconValence('gut') + C_INCR, 10);
    expect(valenceIn('Das ist SCHLECHT', 'SCHLECHT')).toBeCloseTo(lexiconValence('schlecht') - C_INCR, 10);
  });

  it('counts Ä, Ö, Ü as capitals and ß as neither', () => {
    expect(valenceIn('Das ist SCHÖN', 'SCHÖN')).toBeCloseTo(lexiconValence('schoen') + C_INCR, 10);
    expect(valenceIn('Das ist ÜBEL', 'ÜBEL')).toBeCloseTo(lexiconValence('uebel') - C_INCR, 10);
    expect(valenceIn('Das ist GROßARTIG', 'GROßARTIG')).toBeCloseTo(
      lexiconValence('grossartig') + C_INCR,
      10,
    );
    expect(valenceIn('Das ist Schön', 'Schön')).toBeCloseTo(lexiconValence('schoen'), 10);
  });

  it('adds C_INCR to a booster in capitals', () => {
    expect(valenceIn('Das ist SEHR gut', 'gut')).toBeCloseTo(lexiconValence('gut') + B_INCR + C_INCR, 10);
  });

  it('ignores capitals when every word is in capitals (no differential)', () => {
    const shouted = analyseGermanTone('DAS IST GUT').contributions[0].valence;
    expect(shouted).toBeCloseTo(lexiconValence('gut'), 10);
  });
});
