import { lexiconValence, valenceIn } from './tone-test-helpers';
import { N_SCALAR } from './vader-constants';

describe('German tone: negation scope', () => {
  it('does not look back across a clause boundary (comma)', () => {
    expect(valenceIn('Wir hätten das nie geschafft, danke euch!', 'danke')).toBe(lexiconValence('danke'));
    expect(valenceIn('Die Debatte war nicht laut, sondern angenehm.', 'angenehm')).toBeGreaterThan(0);
  });

  it('negates after the verb with nie, niemals and keineswegs too (Sie hetzt nie.)', () => {
    expect(valenceIn('Sie hetzt nie.', 'hetzt')).toBeCloseTo(lexiconValence('hetzt') * N_SCALAR, 10);
    expect(valenceIn('Das klappt niemals.', 'klappt')).toBeCloseTo(lexiconValence('klappt') * N_SCALAR, 10);
  });

  it('lets a "nicht" after a coordinating conjunction belong to the next conjunct', () => {
    expect(valenceIn('Das Bad ist sauber und gar nicht überfüllt', 'sauber')).toBe(lexiconValence('sauber'));
  });

  it('negates a noun only with a clause-final "nicht"', () => {
    expect(valenceIn('Das Problem ist nicht die Polizei.', 'Problem')).toBe(lexiconValence('problem'));
    expect(valenceIn('Angst habe ich nicht.', 'Angst')).toBeCloseTo(lexiconValence('angst') * N_SCALAR, 10);
  });

  it('reads "nicht mal" as a negation of the verb before it', () => {
    expect(valenceIn('Das gefällt mir nicht mal', 'gefällt')).toBeCloseTo(
      lexiconValence('gefaellt') * N_SCALAR,
      10,
    );
  });

  it('gives a negated negative noun no tone instead of praise (kein Rassist), but still flips positive nouns', () => {
    expect(valenceIn('Ich bin doch kein Rassist', 'Rassist')).toBeUndefined();
    expect(valenceIn('Das war keine Lüge', 'Lüge')).toBeUndefined();
    expect(valenceIn('Es gibt keine Hoffnung', 'Hoffnung')).toBeCloseTo(
      lexiconValence('hoffnung') * N_SCALAR,
      10,
    );
    expect(valenceIn('Das ist nicht schlimm', 'schlimm')).toBeCloseTo(
      lexiconValence('schlimm') * N_SCALAR,
      10,
    );
  });
});
