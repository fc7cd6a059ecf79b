import { MODEL_OFFENSE_RULE } from './model/offense-signal';
import { createScorer } from './scorer';

describe('createScorer with the shipped offense model', () => {
  const scorer = createScorer();
  const detectorsOnly = createScorer({ offenseModel: null });
  // Abusive in GermEval's sense (ABUSE: degrading a person or group), with no word of the risk lists in it.
  const abusive = '@user Die Merkel-Bande gehört vor Gericht gestellt, diese Verräter';

  it('flags an abusive tweet-like text that no listed word or phrase catches, with the model as the reason', () => {
    expect(detectorsOnly.score(abusive).risk.flagged).toBe(false);
    const insult = scorer.score(abusive).risk.categories.insult;
    expect(insult.flagged).toBe(true);
    expect(insult.score).toBeGreaterThanOrEqual(0.5);
    expect(insult.evidence.length).toBeGreaterThan(0);
    expect(insult.evidence.every((span) => span.rule === MODEL_OFFENSE_RULE)).toBe(true);
    expect(insult.evidence.map((span) => span.text).join(' ')).toMatch(/Bande|Verräter/);
  });

  it('gives model evidence spans that are exact slices of the original text, also when it is disguised', () => {
    const disguised = '@user Die M\u200Berkel-B4nde gehört vor Gericht gestellt, diese VERRÄTER!!';
    const insult = scorer.score(disguised).risk.categories.insult;
    expect(insult.flagged).toBe(true);
    for (const span of insult.evidence) expect(disguised.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves a calm German comment unflagged, with a low insult score', () => {
    const calm = scorer.score(
      'Vielen Dank für den ausgewogenen Artikel, das hat mir beim Verständnis sehr geholfen.',
    );
    expect(calm.risk.flagged).toBe(false);
    expect(calm.risk.categories.insult.score).toBeLessThan(0.25);
  });

  it('does not score English comments with the German model', () => {
    const english = scorer.score('You people are a disgrace, a bunch of traitors', { language: 'en' });
    expect(english.risk.categories.insult.score).toBe(
      detectorsOnly.score('You people are a disgrace, a bunch of traitors', { language: 'en' }).risk
        .categories.insult.score,
    );
  });

  it('keeps the model score below clear rule evidence: at most 0.75', () => {
    const result = scorer.score(
      '@user Die Merkel-Bande gehört vor Gericht gestellt, diese Verräter!!! Elende Bande!!!',
    );
    expect(result.risk.categories.insult.score).toBeLessThanOrEqual(0.75);
  });
});
