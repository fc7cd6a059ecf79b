import type { RiskResult } from '@tenor/contracts';
import { collectEvidenceSpans, evidenceWithin } from './evidence-spans';

const risk = {
  score: 0.8,
  flagged: true,
  categories: {
    insult: { score: 0.8, flagged: true, evidence: [{ start: 12, end: 17, text: 'Idiot', rule: 'insult.idiot' }] },
    profanity: { score: 0, flagged: false, evidence: [] },
    threat: { score: 0.4, flagged: false, evidence: [{ start: 0, end: 2, text: 'Du', rule: 'threat.second-person' }] },
    hate: { score: 0, flagged: false, evidence: [] },
    spam: { score: 0, flagged: false, evidence: [] },
    personalData: { score: 0, flagged: false, evidence: [] },
  },
} satisfies RiskResult;

describe('collectEvidenceSpans', () => {
  it('lists evidence of every category with its category, in category order', () => {
    expect(collectEvidenceSpans(risk).map((span) => [span.category, span.rule])).toEqual([
      ['insult', 'insult.idiot'],
      ['threat', 'threat.second-person'],
    ]);
  });

  it('tolerates a result without some categories', () => {
    expect(collectEvidenceSpans({ categories: {} as RiskResult['categories'] })).toEqual([]);
  });
});

describe('evidenceWithin', () => {
  const title = 'Du Idiot';
  const body = 'Ich finde dich, du Idiot.';
  const scored = `${title}\n${body}`;
  const inTitle = { start: 3, end: 8, text: 'Idiot', rule: 'insult.lexicon', category: 'insult' as const };
  const inBody = { start: scored.indexOf('Idiot', 9), end: scored.indexOf('Idiot', 9) + 5, text: 'Idiot', rule: 'insult.lexicon', category: 'insult' as const };

  it('keeps the title spans at their offsets', () => {
    expect(evidenceWithin([inTitle, inBody], 0, title)).toEqual([inTitle]);
  });

  it('re-bases the body spans past the title and its line break', () => {
    const [span] = evidenceWithin([inTitle, inBody], title.length + 1, body);
    expect(span).toMatchObject({ text: 'Idiot' });
    expect(body.slice(span.start, span.end)).toBe('Idiot');
  });

  it('clips a span across the line break into both parts', () => {
    const across = { start: 3, end: 12, text: scored.slice(3, 12), rule: 'threat.phrase', category: 'threat' as const };
    expect(evidenceWithin([across], 0, title)[0]).toMatchObject({ start: 3, end: 8, text: 'Idiot' });
    expect(evidenceWithin([across], title.length + 1, body)[0]).toMatchObject({ start: 0, end: 3, text: 'Ich' });
  });
});
