import { compileRiskLists } from './compile-risk-lists';
import { compileModifiers, compileToneLexicon } from './compile-tone-lexicon';

const empty = (fileName: string) => ({ fileName, source: '' });

describe('lexicon compilation', () => {
  it('folds every form and prefers a lemma over a generated form', () => {
    const lexicon = compileToneLexicon('lieb\t2.2\tadj\nlieben\t3\tverb\nMüll\t-2.1\tnoun\tmod', 'test.tsv');
    expect(lexicon.valences.get('lieben')).toBe(3);
    expect(lexicon.valences.get('liebe')).toBe(2.2);
    expect(lexicon.valences.get('muell')).toBe(-2.1);
    expect(lexicon.nounHeads.has('muell')).toBe(true);
    expect(lexicon.compoundModifiers.get('muells')).toBe(-2.1);
  });

  it('rejects a lemma listed twice with the same part of speech', () => {
    expect(() => compileToneLexicon('gut\t1.9\tadj\ngut\t2\tadj', 'test.tsv')).toThrow(
      /test.tsv:2: gut \(adj\) already on line 1/,
    );
  });

  it('lets neutral forms beat lexicon forms of lower priority, and lemma beat lemma', () => {
    const lexicon = compileToneLexicon('Sorge\t-1.5\tnoun\nschaden\t-1.5\tverb', 'test.tsv', {
      fileName: 'neutral.tsv',
      source: 'sorgen\tverb\nSchaden\tnoun\tpl=Schäden',
    });
    expect(lexicon.valences.get('sorge')).toBe(-1.5);
    expect(lexicon.valences.has('sorgen')).toBe(false);
    expect(lexicon.valences.has('schaden')).toBe(false);
    expect(lexicon.valences.get('schadet')).toBe(-1.5);
    expect(lexicon.neutralForms.has('sorgt')).toBe(true);
    expect(lexicon.neutralNounHeads.has('schaeden')).toBe(true);
    expect(lexicon.neutralLemmaCount).toBe(2);
  });

  it('rejects a lemma in both lists with the same part of speech', () => {
    expect(() =>
      compileToneLexicon('Krieg\t-2.9\tnoun', 'test.tsv', { fileName: 'neutral.tsv', source: 'Krieg\tnoun' }),
    ).toThrow(/neutral.tsv:1: Krieg is also a lemma of test.tsv \(line 1\)/);
  });

  it('makes adjectives marked head compound heads like nouns', () => {
    const lexicon = compileToneLexicon('feindlich\t-2\tadj\thead\nschön\t2.2\tadj', 'test.tsv');
    expect(lexicon.nounHeads.has('feindliche')).toBe(true);
    expect(lexicon.nounHeads.has('schoene')).toBe(false);
    expect(lexicon.adjectiveHeads.has('schoene')).toBe(true);
  });

  it('inflects adjectival modifiers (ziemlich → ziemliche)', () => {
    const modifiers = compileModifiers('ziemlich\tbooster\tadj\nnicht\tnegator', 'mods.tsv');
    expect(modifiers.booster).toEqual(expect.arrayContaining(['ziemlich', 'ziemliche', 'ziemlichen']));
    expect(modifiers.negator).toEqual(['nicht']);
    expect(() => compileModifiers('so\tintensifier', 'mods.tsv')).toThrow(/unknown modifier kind/);
  });

  it('checks list kinds and phrase categories', () => {
    const lists = (hate: string, phrases: string) => ({
      lists: {
        insult: empty('i'),
        profanity: empty('p'),
        hate: { fileName: 'h', source: hate },
        threat: empty('t'),
      },
      phrases: { fileName: 'ph', source: phrases },
    });
    expect(() => compileRiskLists(lists('Neger\t0.9\tnoun\tkind=bad', ''))).toThrow(/kind "bad"/);
    expect(() => compileRiskLists(lists('', 'foo bar\tnonsense\tnonsense.x\t0.5'))).toThrow(
      /unknown category/,
    );
    expect(() => compileRiskLists(lists('', 'foo bar\tspam\tinsult.x\t0.5'))).toThrow(
      /must start with "spam."/,
    );
    const compiled = compileRiskLists(
      lists('Türke\t0\tnoun\tkind=identity', '@identity raus\thate\thate.exclusion\t0.85'),
    );
    expect(compiled.phrases[0].triggers).toEqual(expect.arrayContaining(['tuerke', 'tuerken']));
  });
});
