import { normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText: invisible characters', () => {
  it.each([
    ['zero-width space', 'Id\u200Biot'],
    ['zero-width joiner', 'Id\u200Diot'],
    ['soft hyphen', 'Idi\u00ADot'],
    ['byte order mark', '\uFEFFIdiot'],
    ['word joiner', 'Idi\u2060ot'],
  ])('removes a %s', (_name, original) => {
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('idiot');
    const span = toOriginalSpan(normalized, 0, normalized.text.length);
    expect(original.slice(span.start, span.end).replace(/[\u200B-\u200D\u00AD\uFEFF\u2060]/g, '')).toBe(
      'Idiot',
    );
  });
});
