import { createScorer } from '../scorer';

const scorer = createScorer();

describe('risk: disguised insults', () => {
  it.each([
    ['zero-width characters', 'Du Idi\u200Bo\u200Ct!', 'Idi\u200Bo\u200Ct'],
    ['homoglyphs', 'Du Іdіоt!', 'Іdіоt'],
    ['leetspeak', 'Du Id10t!', 'Id10t'],
    ['letter repetition', 'Du Idiooooot!', 'Idiooooot'],
    ['spaced letters', 'Du I d i o t!', 'I d i o t'],
    ['dotted letters', 'Du I.d.i.o.t!', 'I.d.i.o.t'],
    ['masked letters', 'Du A****loch!', 'A****loch'],
    ['masked short word', 'Du F***e!', 'F***e'],
    ['stretched double letter', 'Du Rattttte!', 'Rattttte'],
  ])('sees through %s, with evidence on the original text', (_name, text, disguised) => {
    const insult = scorer.score(text).risk.categories.insult;
    expect(insult.flagged).toBe(true);
    expect(insult.evidence.map((span) => span.text)).toContain(disguised);
    for (const span of insult.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('names masked matches by their rule', () => {
    expect(scorer.score('So ein A****loch').risk.categories.insult.evidence.map((span) => span.rule)).toEqual(
      ['insult.masked'],
    );
  });

  it('does not read ordinary words as disguised insults', () => {
    expect(scorer.score('Die Rate ist hoch, die Bürger*innen zahlen 5.000 Euro').risk.flagged).toBe(false);
  });
});
