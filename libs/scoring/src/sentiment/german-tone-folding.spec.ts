import { scoreGermanTone } from './german-tone';
import { lexiconValence, valenceIn } from './tone-test-helpers';

describe('German tone: spelling variants', () => {
  it('treats ae/oe/ue/ss like ä/ö/ü/ß', () => {
    expect(scoreGermanTone('Das ist boese und haesslich')).toEqual(
      scoreGermanTone('Das ist böse und hässlich'),
    );
    expect(valenceIn('grossartig', 'grossartig')).toBe(lexiconValence('grossartig'));
  });

  it('is case-insensitive apart from the caps rule', () => {
    expect(valenceIn('Gut so', 'Gut')).toBe(valenceIn('gut so', 'gut'));
  });

  it('reads stretched words and disguised words as their plain form', () => {
    expect(valenceIn('Das ist guuuut', 'guuuut')).toBe(lexiconValence('gut'));
    expect(valenceIn('Du Id10t', 'Id10t')).toBe(lexiconValence('idiot'));
  });
});
