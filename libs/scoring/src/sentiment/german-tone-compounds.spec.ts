import { lexiconValence, valenceIn } from './tone-test-helpers';
import { COMPOUND_MODIFIER_WEIGHT } from './german-tone-constants';
import { B_INCR } from './vader-constants';

describe('German tone: compounds', () => {
  it('splits off the longest known head (Existenz|angst, Politik|versagen)', () => {
    expect(valenceIn('Die Existenzangst wächst', 'Existenzangst')).toBe(lexiconValence('angst'));
    expect(valenceIn('Ein Politikversagen', 'Politikversagen')).toBe(lexiconValence('versagen'));
  });

  it('adds the booster increment for an intensifying first part (Ober|idiot, grotten|schlecht)', () => {
    expect(valenceIn('Ein Oberidiot', 'Oberidiot')).toBeCloseTo(lexiconValence('idiot') - B_INCR, 10);
    expect(valenceIn('Das war grottenschlecht', 'grottenschlecht')).toBeCloseTo(
      lexiconValence('schlecht') - B_INCR,
      10,
    );
  });

  it('lets a valenced first part colour a neutral head (Drecks|regierung, Ramsch|währung)', () => {
    expect(valenceIn('Diese Drecksregierung', 'Drecksregierung')).toBeCloseTo(
      lexiconValence('dreck') * COMPOUND_MODIFIER_WEIGHT,
      10,
    );
    expect(valenceIn('eine Ramschwaehrung', 'Ramschwaehrung')).toBeCloseTo(
      lexiconValence('ramsch') * COMPOUND_MODIFIER_WEIGHT,
      10,
    );
    expect(valenceIn('die Lügenpropaganda', 'Lügenpropaganda')).toBeDefined();
  });

  it('turns the first part around before -frei and -los', () => {
    expect(valenceIn('Alles lief skandalfrei', 'skandalfrei')).toBeCloseTo(
      -lexiconValence('skandal') * COMPOUND_MODIFIER_WEIGHT,
      10,
    );
    expect(valenceIn('Das ging problemlos', 'problemlos')).toBeGreaterThan(0);
  });

  it('keeps lexicon entries whole (Lachnummer, Vollidiot, Kopfschmerzen)', () => {
    expect(valenceIn('eine Lachnummer', 'Lachnummer')).toBe(lexiconValence('lachnummer'));
    expect(valenceIn('ein Vollidiot', 'Vollidiot')).toBe(lexiconValence('vollidiot'));
  });

  it('takes the last part of a hyphenated compound as its head', () => {
    expect(valenceIn('der Spionage-Streit', 'Spionage-Streit')).toBeUndefined();
    expect(valenceIn('der Spionage-Streit', 'Streit')).toBe(lexiconValence('streit'));
  });

  it('does not split verbs or take adjectives as heads without an intensifier', () => {
    expect(valenceIn('Sie haben vorgeschlagen', 'vorgeschlagen')).toBeUndefined();
    expect(valenceIn('Das Kabinett tagt', 'Kabinett')).toBeUndefined();
    expect(valenceIn('Das Wahlrecht gilt', 'Wahlrecht')).toBeUndefined();
    expect(valenceIn('Frankreich und Österreich', 'Frankreich')).toBeUndefined();
  });
});
