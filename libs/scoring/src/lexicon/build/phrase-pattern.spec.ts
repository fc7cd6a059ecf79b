import { compilePhrase } from './phrase-pattern';

function matches(pattern: string, text: string, identity: string[] = []): string[] {
  const regex = new RegExp(compilePhrase(pattern, identity).regexSource, 'g');
  return [...text.matchAll(regex)].map((match) => match[0]);
}

describe('compilePhrase', () => {
  it('matches words in order within a sentence, folding umlauts in the pattern', () => {
    expect(
      matches('dem erdboden (gleichmachen|gleichgemacht)', 'das wird dem erdboden gleichgemacht.'),
    ).toEqual(['dem erdboden gleichgemacht']);
    expect(matches('an die wand (stellen|gestellt)', 'an die wand. gestellt')).toEqual([]);
    expect(
      matches('von der weltkarte (verschwinden|verschwunden)', 'von der weltkarte verschwunden'),
    ).toEqual(['von der weltkarte verschwunden']);
  });

  it('supports prefixes, optional elements, gaps, numbers and identity terms', () => {
    expect(matches('(ich|wir) bring* (dich|euch) um', 'ich bringe dich um')).toEqual(['ich bringe dich um']);
    expect(
      matches('(du|ihr) (bist|seid) (so gut wie)? tot', 'du bist tot und ihr seid so gut wie tot'),
    ).toEqual(['du bist tot', 'ihr seid so gut wie tot']);
    expect(matches('gehoert ~3 erschossen', 'der gehoert doch endlich erschossen')).toEqual([
      'gehoert doch endlich erschossen',
    ]);
    expect(matches('gehoert ~1 erschossen', 'der gehoert doch endlich erschossen')).toEqual([]);
    expect(matches('verdiene #num euro', 'verdiene 5.000 euro')).toEqual(['verdiene 5.000 euro']);
    expect(matches('@identity raus', 'auslaender raus!', ['auslaender'])).toEqual(['auslaender raus']);
  });

  it('does not match inside longer words', () => {
    expect(matches('tod (den|allen)', 'todden')).toEqual([]);
    expect(matches('kugel in den kopf', 'kugel in den kopfsalat')).toEqual([]);
  });

  it('picks selective trigger words and avoids common ones', () => {
    expect(compilePhrase('an (den galgen|die laterne)', []).triggers).toEqual(['galgen', 'laterne']);
    expect(compilePhrase('(ich|wir) bring* (dich|euch) um', []).prefixTriggers).toEqual(['bring']);
  });

  it('stays fast on adversarial input (no catastrophic backtracking)', () => {
    const regex = new RegExp(
      compilePhrase('(gehoert|sollte) ~4 (erschossen|aufgehaengt)', []).regexSource,
      'g',
    );
    const text = 'gehoert ' + 'a '.repeat(20000) + 'x';
    const started = Date.now();
    expect(regex.test(text)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('rejects malformed patterns', () => {
    expect(() => compilePhrase('(a|b', [])).toThrow(/missing "\)"/);
    expect(() => compilePhrase('~2 #num', [])).toThrow(/no required word/);
  });
});
