import { scoreGermanTone } from './german-tone';
import { SARCASM_SCALAR } from './german-tone-constants';
import { lexiconValence, valenceIn } from './tone-test-helpers';

describe('German tone: sarcastic praise opening a sentence', () => {
  it('flips an opening interjection of praise when the rest of the comment is negative', () => {
    expect(valenceIn('Bravo, schon wieder so ein Desaster.', 'Bravo')).toBeCloseTo(
      lexiconValence('bravo') * SARCASM_SCALAR,
      10,
    );
    expect(scoreGermanTone('Toll gemacht, jetzt ist alles kaputt.').compound).toBeLessThan(-0.3);
  });

  it('keeps sincere praise (no negative rest, or a longer opening clause)', () => {
    expect(valenceIn('Super, dass die Linie 5 wieder fährt!', 'Super')).toBe(lexiconValence('super'));
    expect(valenceIn('Danke für den langen Artikel, leider ist die Lage schlimm.', 'Danke')).toBe(
      lexiconValence('danke'),
    );
  });

  it('needs the opening to start with the praise word (Teils gut, teils schlecht)', () => {
    expect(valenceIn('Teils gut, teils schlecht.', 'gut')).toBe(lexiconValence('gut'));
  });
});
