import { commentInput, policyWithEntries } from '../testing/policy-test-helpers';
import { compilePolicy } from './compile-policy';

const policy = compilePolicy(
  policyWithEntries(
    { list: 'block', term: 'Lügenpresse', mode: 'compound', category: 'hate' },
    { list: 'watch', term: 'Idiot', mode: 'word', category: 'insult' },
    { list: 'watch', term: 'Arschloch', mode: 'word', category: 'insult' },
    { list: 'watch', term: 'Hetz', mode: 'prefix', category: 'hate' },
  ),
);

/** The original-text spans the lists found, as "rule text". */
function hitTexts(text: string): string[] {
  return Object.values(policy.evaluate(commentInput({ text })).listEvidence)
    .flat()
    .map((span) => `${span.rule} ${span.text}`);
}

describe('evaluate: word lists see through folding and disguises', () => {
  it.each([
    ['umlauts written out', 'Die Luegenpresse', 'Luegenpresse'],
    ['capitals', 'DIE LÜGENPRESSE', 'LÜGENPRESSE'],
    ['spaced letters', 'Die L ü g e n p r e s s e lügt', 'L ü g e n p r e s s e'],
    ['spaced letters, umlaut written out', 'Die L u e g e n p r e s s e', 'L u e g e n p r e s s e'],
    ['a decomposed umlaut', 'Die Lu\u0308genpresse', 'Lu\u0308genpresse'],
    ['stretched letters in a compound', 'Die Lügenpresssssse', 'Lügenpresssssse'],
  ])('compound part, %s', (_case, text, found) => {
    expect(hitTexts(text)).toEqual([`list.block:Lügenpresse ${found}`]);
  });

  it.each([
    ['stretched letters', 'So ein Idiooooot', 'Idiooooot'],
    ['leetspeak', 'So ein Id10t', 'Id10t'],
    ['a zero-width space', 'So ein I\u200bdiot', 'I\u200bdiot'],
    ['a Cyrillic homoglyph', 'So ein \u0406diot', '\u0406diot'],
    ['dotted letters', 'So ein I.d.i.o.t', 'I.d.i.o.t'],
  ])('whole word, %s', (_case, text, found) => {
    expect(hitTexts(text)).toEqual([`list.watch:Idiot ${found}`]);
  });

  it('matches a masked word against whole-word entries, as the scorer reads masks', () => {
    expect(hitTexts('Du A****loch')).toEqual(['list.watch:Arschloch A****loch']);
    expect(hitTexts('Du A*loch')).toEqual(['list.watch:Arschloch A*loch']);
    expect(hitTexts('Du A****e')).toEqual([]);
    expect(hitTexts('Du ****')).toEqual([]);
  });

  it('matches a prefix written with a stretched letter', () => {
    expect(hitTexts('Heeeetzer')).toEqual(['list.watch:Hetz Heeeetzer']);
  });
});
