import { normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText offsets', () => {
  it('maps every normalized unit back to the original character it came from', () => {
    const original = 'Größe ÄRGER';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('groesse aerger');
    const span = toOriginalSpan(normalized, normalized.text.indexOf('aerger'), normalized.text.length);
    expect(original.slice(span.start, span.end)).toBe('ÄRGER');
  });

  it('keeps surrogate pairs whole', () => {
    const original = 'gut 😀 so';
    const normalized = normalizeText(original);
    const emoji = normalized.text.indexOf('😀');
    const span = toOriginalSpan(normalized, emoji, emoji + 2);
    expect(original.slice(span.start, span.end)).toBe('😀');
  });

  it('counts umlauts as a language cue', () => {
    expect(normalizeText('Über die Brücke, Straße').umlautCount).toBe(3);
    expect(normalizeText('No umlauts here').umlautCount).toBe(0);
  });

  it('reads a decomposed umlaut (u + combining diaeresis) as ü', () => {
    const original = 'u\u0308bel';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('uebel');
    expect(toOriginalSpan(normalized, 0, normalized.text.length)).toEqual({ start: 0, end: original.length });
  });
});
