import type { RiskCategory } from '@tenor/contracts';
import { CategorizedEvidenceSpan, segmentText } from './segment-text';

function span(start: number, end: number, category: RiskCategory, rule: string, text = ''): CategorizedEvidenceSpan {
  return { start, end, category, rule, text };
}

function shape(text: string, spans: CategorizedEvidenceSpan[]) {
  return segmentText(text, spans).map((segment) => [segment.text, segment.categories.join('+'), segment.rules.join('+')]);
}

describe('segmentText', () => {
  it('returns the whole text as one plain segment without spans', () => {
    expect(segmentText('Guten Tag', [])).toEqual([{ start: 0, text: 'Guten Tag', categories: [], rules: [] }]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [span(0, 3, 'insult', 'insult.idiot')])).toEqual([]);
  });

  it('splits plain text around a span', () => {
    expect(shape('Du bist ein Idiot!', [span(12, 17, 'insult', 'insult.idiot')])).toEqual([
      ['Du bist ein ', '', ''],
      ['Idiot', 'insult', 'insult.idiot'],
      ['!', '', ''],
    ]);
  });

  it('gives an overlap of two categories both categories and both rules', () => {
    expect(shape('abcdefgh', [span(1, 5, 'insult', 'i1'), span(3, 7, 'threat', 't1')])).toEqual([
      ['a', '', ''],
      ['bc', 'insult', 'i1'],
      ['de', 'insult+threat', 'i1+t1'],
      ['fg', 'threat', 't1'],
      ['h', '', ''],
    ]);
  });

  it('handles a span nested in another and identical spans from two rules', () => {
    expect(shape('abcdef', [span(0, 6, 'hate', 'h1'), span(2, 4, 'hate', 'h2'), span(2, 4, 'profanity', 'p1')])).toEqual([
      ['ab', 'hate', 'h1'],
      ['cd', 'hate+profanity', 'h1+h2+p1'],
      ['ef', 'hate', 'h1'],
    ]);
  });

  it('keeps adjacent spans apart', () => {
    expect(shape('abcd', [span(0, 2, 'spam', 's1'), span(2, 4, 'spam', 's2')])).toEqual([
      ['ab', 'spam', 's1'],
      ['cd', 'spam', 's2'],
    ]);
  });

  it('clamps offsets outside the text and ignores empty or reversed spans', () => {
    expect(shape('abc', [span(-4, 1, 'insult', 'i1'), span(2, 99, 'threat', 't1'), span(1, 1, 'spam', 's1'), span(2, 1, 'hate', 'h1')])).toEqual([
      ['a', 'insult', 'i1'],
      ['b', '', ''],
      ['c', 'threat', 't1'],
    ]);
  });

  it('counts offsets in UTF-16 code units, so emoji and umlauts stay intact', () => {
    const text = 'Hi 👋 Müll';
    expect(shape(text, [span(6, 10, 'profanity', 'p1')])).toEqual([
      ['Hi 👋 ', '', ''],
      ['Müll', 'profanity', 'p1'],
    ]);
  });

  it('reassembles the original text from its segments', () => {
    const text = 'Ein paar Zirkon auf die Ukraine, deren Luftwaffe wäre ausgeschaltet';
    const segments = segmentText(text, [span(4, 15, 'threat', 't1'), span(9, 31, 'hate', 'h1'), span(50, 70, 'threat', 't2')]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.map((segment) => segment.start)).toEqual([0, 4, 9, 15, 31, 50]);
  });
});
