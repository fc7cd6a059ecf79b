import type { WordListEntry } from '@tenor/contracts';
import { commentInput, policyWithEntries } from '../testing/policy-test-helpers';
import { compilePolicy } from './compile-policy';
import { queueOf } from './policy-queue';

const entries: WordListEntry[] = [
  { list: 'block', term: 'Lügenpresse', mode: 'compound', category: 'hate' },
  { list: 'watch', term: 'Idiot', mode: 'word', category: 'insult' },
  { list: 'watch', term: 'hetz', mode: 'prefix', category: 'hate' },
  { list: 'watch', term: 'merkel\\s+muss\\s+weg', mode: 'regex', category: 'hate' },
  { list: 'watch', term: 'dumme Kuh', mode: 'word', category: 'insult' },
];
const policy = compilePolicy(policyWithEntries(...entries));

function evaluate(text: string) {
  return policy.evaluate(commentInput({ text }));
}

/** The texts of the list hits, by rule. */
function hitTexts(text: string): string[] {
  return Object.values(evaluate(text).listEvidence)
    .flat()
    .map((span) => `${span.rule} ${span.text}`);
}

describe('evaluate: word lists by match mode', () => {
  it('matches a whole word in word mode, and nothing longer', () => {
    const outcome = evaluate('Du Idiot!');
    expect(outcome.listEvidence).toEqual({
      insult: [{ start: 3, end: 8, text: 'Idiot', rule: 'list.watch:Idiot' }],
    });
    expect(outcome.flags.insult).toBe(true);
    expect(outcome).toMatchObject({ isFlagged: true, isHeld: false, isRejected: false });
    expect(hitTexts('Vollidiot, Idioten, idiotisch')).toEqual([]);
  });

  it('matches a compound part at the start, middle or end of a word', () => {
    for (const word of [
      'Lügenpresse',
      'Systemlügenpresse',
      'Lügenpressesprecher',
      'Mainstreamlügenpressehetzer',
    ])
      expect(hitTexts(`Die ${word} lügt.`)).toContain(`list.block:Lügenpresse ${word}`);
    expect(hitTexts('Lügen und Presse')).toEqual([]);
  });

  it('matches a word start in prefix mode', () => {
    expect(hitTexts('Hetzer, hetzen, Hetze')).toEqual([
      'list.watch:hetz Hetzer',
      'list.watch:hetz hetzen',
      'list.watch:hetz Hetze',
    ]);
    expect(hitTexts('aufhetzen')).toEqual([]);
  });

  it('runs a regex over the folded text and maps its span back to the original', () => {
    const text = 'Grüße an alle: MERKEL   muss weg!';
    const outcome = evaluate(text);
    const start = text.indexOf('MERKEL');
    expect(outcome.listEvidence.hate).toEqual([
      { start, end: text.indexOf('!'), text: 'MERKEL   muss weg', rule: 'list.watch:merkel\\s+muss\\s+weg' },
    ]);
  });

  it('matches a phrase of several words within one sentence', () => {
    expect(hitTexts('Du dumme Kuh.')).toEqual(['list.watch:dumme Kuh dumme Kuh']);
    expect(hitTexts('Du DUMME   kuh')).toEqual(['list.watch:dumme Kuh DUMME   kuh']);
    expect(hitTexts('Wie dumme. Kuh')).toEqual([]);
    expect(hitTexts('dumme Kühe')).toEqual([]);
  });

  it('rejects on a block hit and only flags on a watch hit, in the entry’s category', () => {
    const blocked = evaluate('Lügenpresse!');
    expect(blocked).toMatchObject({ isRejected: true, isHeld: false, isFlagged: true });
    expect(blocked.flags).toMatchObject({ hate: true, insult: false });
    expect(queueOf(blocked)).toBe('rejected');
    const watched = evaluate('Idiot');
    expect(watched).toMatchObject({ isRejected: false, isFlagged: true });
    expect(watched.flags).toMatchObject({ insult: true, hate: false });
  });

  it('gives offsets into the whole scored text, title line included', () => {
    const text = 'Zum Artikel\nDu Idiot';
    expect(evaluate(text).listEvidence.insult).toEqual([
      { start: 15, end: 20, text: 'Idiot', rule: 'list.watch:Idiot' },
    ]);
  });

  it('keeps the effective scores, which list hits do not raise', () => {
    expect(evaluate('Lügenpresse').effectiveScores.hate).toBe(0);
  });
});
