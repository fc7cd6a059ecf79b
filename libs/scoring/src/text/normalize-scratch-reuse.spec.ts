import { normalizeText } from './normalize';

describe('normalizeText: working arrays reused between calls', () => {
  it('leaves earlier results untouched by later calls, short after long and long after short', () => {
    const long = `${'Ein Idiiiot schreibt. '.repeat(3000)}Ende`;
    const first = normalizeText('Du Id10t, Straße!');
    const snapshot = {
      text: first.text,
      starts: [...first.starts],
      ends: [...first.ends],
      stretched: [...first.stretched],
    };
    const second = normalizeText(long);
    const third = normalizeText('Öl');
    expect({
      text: first.text,
      starts: [...first.starts],
      ends: [...first.ends],
      stretched: [...first.stretched],
    }).toEqual(snapshot);
    expect(second.text.endsWith('ende')).toBe(true);
    expect(second.starts).toHaveLength(second.text.length);
    expect(third).toMatchObject({ text: 'oel', umlautCount: 1 });
    expect([...third.starts]).toEqual([0, 0, 1]);
  });

  it('maps every unit of a long comment back to the original', () => {
    const original = 'Straße 😀 Idiooot A****loch I d i o t '.repeat(500);
    const normalized = normalizeText(original);
    for (let index = 0; index < normalized.text.length; index++) {
      expect(normalized.starts[index]).toBeLessThan(normalized.ends[index]);
      expect(normalized.ends[index]).toBeLessThanOrEqual(original.length);
    }
  });
});
