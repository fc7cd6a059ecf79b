import type { WordListEntry } from '@tenor/contracts';
import { policyWith } from '../../testing/policy-test-helpers';
import { validatePolicy } from './policy-validation';

function errorsOf(...entries: unknown[]): string[] {
  return validatePolicy(policyWith((policy) => (policy.wordLists = entries as WordListEntry[]))).errors;
}

const idiot: WordListEntry = { list: 'watch', term: 'Idiot', mode: 'word', category: 'insult' };

describe('validatePolicy on word lists', () => {
  it('rejects word lists that are no array, or longer than 5,000 entries', () => {
    expect(
      validatePolicy(policyWith((p) => ((p as unknown as Record<string, unknown>).wordLists = {}))).errors,
    ).toEqual(['wordLists: must be an array']);
    // Numbers as words of their own: folding reads digits inside words as leetspeak ("wort7" is "wortt").
    const many = Array.from({ length: 5_001 }, (_, index) => ({ ...idiot, term: `Wort ${index}` }));
    expect(errorsOf(...many)).toEqual(['wordLists: must contain no more than 5000 elements']);
    expect(errorsOf(...many.slice(1))).toEqual([]);
  });

  it('rejects more than 50 regular expressions, each of which runs over every comment', () => {
    const regexes = Array.from({ length: 51 }, (_, index) => ({
      ...idiot,
      mode: 'regex',
      term: `\\bwort${'x'.repeat(index)}\\b`,
    }));
    expect(errorsOf(...regexes)).toEqual([
      'wordLists: must contain no more than 50 regular expressions (has 51)',
    ]);
    expect(errorsOf(...regexes.slice(1))).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['an entry that is no object', 'Idiot', ['wordLists[0]: must be an object']],
    ['an unknown key', { ...idiot, weight: 2 }, ['wordLists[0].weight: should not exist']],
    ['a missing key', { list: 'watch', term: 'Idiot', mode: 'word' }, ['wordLists[0].category: is required']],
    [
      'an unknown list',
      { ...idiot, list: 'ban' },
      ['wordLists[0].list: must be one of the following values: block, watch, allow'],
    ],
    [
      'an unknown mode',
      { ...idiot, mode: 'fuzzy' },
      ['wordLists[0].mode: must be one of the following values: word, compound, prefix, regex'],
    ],
    [
      'an unknown category',
      { ...idiot, category: 'rudeness' },
      [
        'wordLists[0].category: must be one of the following values: insult, profanity, threat, hate, spam, personalData',
      ],
    ],
    ['a term that is no string', { ...idiot, term: 7 }, ['wordLists[0].term: must be a string']],
    ['an empty term', { ...idiot, term: '' }, ['wordLists[0].term: must not be empty']],
    [
      'an untrimmed term',
      { ...idiot, term: 'Idiot ' },
      ['wordLists[0].term: must not begin or end with white space'],
    ],
    [
      'a term of 201 characters',
      { ...idiot, term: 'a'.repeat(201) },
      ['wordLists[0].term: must be shorter than or equal to 200 characters'],
    ],
    [
      'a regex of 501 characters',
      { ...idiot, mode: 'regex', term: 'a'.repeat(501) },
      ['wordLists[0].term: must be shorter than or equal to 500 characters'],
    ],
    [
      'a term without letters or digits',
      { ...idiot, term: '?!' },
      ['wordLists[0].term: must contain a letter or digit'],
    ],
    [
      'two words as a compound part',
      { ...idiot, mode: 'compound', term: 'dumme Kuh' },
      ['wordLists[0].term: must be a single word in mode "compound" (found 2: dumme kuh)'],
    ],
    [
      'a compound part of two letters',
      { ...idiot, mode: 'compound', term: 'Ei' },
      ['wordLists[0].term: must have at least 3 letters after folding in mode "compound" (got "ei")'],
    ],
    [
      'a prefix of two letters',
      { ...idiot, mode: 'prefix', term: 'ab' },
      ['wordLists[0].term: must have at least 3 letters after folding in mode "prefix" (got "ab")'],
    ],
    ['a note that is no string', { ...idiot, note: 5 }, ['wordLists[0].note: must be a string']],
    [
      'a note of 501 characters',
      { ...idiot, note: 'n'.repeat(501) },
      ['wordLists[0].note: must be shorter than or equal to 500 characters'],
    ],
    [
      'a regex that does not compile',
      { ...idiot, mode: 'regex', term: 'idiot(' },
      ['wordLists[0].term: must be a valid regular expression (Unterminated group)'],
    ],
    [
      'a regex with umlauts (never matching folded text)',
      { ...idiot, mode: 'regex', term: 'lügen\\s?presse' },
      [
        'wordLists[0].term: is matched against folded text: write "ae", "oe", "ue", "ss" instead of "ä", "ö", "ü", "ß"',
      ],
    ],
    [
      'a regex with a nested quantifier',
      { ...idiot, mode: 'regex', term: '(a+)+' },
      [
        'wordLists[0].term: the regular expression can backtrack catastrophically (nested quantifier "(a+)+")',
      ],
    ],
    [
      'a regex that backtracks polynomially',
      { ...idiot, mode: 'regex', term: 'juden.*raus' },
      [
        'wordLists[0].term: the regular expression can backtrack in polynomial time (the search can start again inside ".*"; bound it like {0,30} or put \\b or ^ before it)',
      ],
    ],
  ])('rejects %s', (_case, entry, expected) => {
    expect(errorsOf(entry)).toEqual(expected);
  });

  it('names the entry by its index', () => {
    expect(errorsOf(idiot, idiot, idiot, { ...idiot, mode: 'regex', term: '(\\w+\\s?)*$' })).toEqual([
      'wordLists[1].term: duplicates wordLists[0] (same list, mode and folded term "idiot")',
      'wordLists[2].term: duplicates wordLists[0] (same list, mode and folded term "idiot")',
      'wordLists[3].term: the regular expression can backtrack catastrophically (nested quantifier "(\\w+\\s?)*")',
    ]);
  });

  it('finds duplicates after folding, within one list and mode only', () => {
    const hate = (
      list: WordListEntry['list'],
      term: string,
      mode: WordListEntry['mode'] = 'compound',
    ): WordListEntry => ({
      list,
      term,
      mode,
      category: 'hate',
    });
    expect(errorsOf(hate('block', 'Lügenpresse'), hate('block', 'LUEGENPRESSE'))).toEqual([
      'wordLists[1].term: duplicates wordLists[0] (same list, mode and folded term "luegenpresse")',
    ]);
    expect(errorsOf(hate('block', 'Lügenpresse'), hate('block', 'L ü g e n p r e s s e'))).toHaveLength(1);
    expect(errorsOf(hate('block', 'Lügenpresse'), hate('watch', 'Luegenpresse'))).toEqual([]);
    expect(errorsOf(hate('block', 'Lügenpresse'), hate('block', 'Luegenpresse', 'word'))).toEqual([]);
    expect(errorsOf(hate('block', 'a\\s+b', 'regex'), hate('block', 'a\\s+b', 'regex'))).toHaveLength(1);
  });
});
