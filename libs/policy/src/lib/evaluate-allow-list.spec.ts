import { RISK_CATEGORIES, type RiskCategory, type WordListEntry } from '@tenor/contracts';
import { createScorer } from '@tenor/scoring';
import { commentInput, policyWithEntries, ZERO_SCORES } from '../testing/policy-test-helpers';
import { compilePolicy, PolicyCommentInput } from './compile-policy';

const scorer = createScorer();

/** What the API stores of a comment the real scorer scored. */
function scoredInput(text: string): PolicyCommentInput {
  const { sentiment, risk } = scorer.score(text);
  const scores = { ...ZERO_SCORES };
  const evidence: PolicyCommentInput['evidence'] = {};
  for (const category of RISK_CATEGORIES) {
    scores[category] = risk.categories[category].score;
    if (risk.categories[category].evidence.length > 0)
      evidence[category] = risk.categories[category].evidence;
  }
  return commentInput({ text, compound: sentiment.compound, scores, evidence });
}

const allowArschbombe: WordListEntry = {
  list: 'allow',
  term: 'Arschbombe',
  mode: 'compound',
  category: 'profanity',
};

describe('evaluate: the allow list takes false friends away', () => {
  const falseFriend = 'Die Arschbombe vom Zehner war super.';

  it('is needed: the scorer flags the harmless compound', () => {
    const input = scoredInput(falseFriend);
    const outcome = compilePolicy(policyWithEntries()).evaluate(input);
    expect(outcome.flags).toMatchObject({ profanity: true, insult: true });
    for (const category of ['profanity', 'insult'] as RiskCategory[])
      expect(input.evidence[category]?.map((span) => span.text)).toEqual(['Arschbombe']);
  });

  it('drops the spans inside allowed words and zeroes the categories left without evidence', () => {
    const outcome = compilePolicy(policyWithEntries(allowArschbombe)).evaluate(scoredInput(falseFriend));
    expect(outcome.effectiveScores).toMatchObject({ profanity: 0, insult: 0 });
    expect(outcome).toMatchObject({ isFlagged: false, isHeld: false, isRejected: false });
    expect(outcome.listEvidence).toEqual({});
  });

  it('keeps the stored score of a category with evidence outside the allowed words', () => {
    const input = scoredInput('Die Arschbombe war super, du Vollidiot.');
    const outcome = compilePolicy(policyWithEntries(allowArschbombe)).evaluate(input);
    expect(outcome.effectiveScores.profanity).toBe(0);
    expect(outcome.effectiveScores.insult).toBe(input.scores.insult);
    expect(outcome.flags).toMatchObject({ profanity: false, insult: true });
  });

  it('widens an allow regex to the whole words it touches', () => {
    const allowByRegex: WordListEntry = {
      list: 'allow',
      term: 'arschbomb',
      mode: 'regex',
      category: 'profanity',
    };
    const outcome = compilePolicy(policyWithEntries(allowByRegex)).evaluate(scoredInput(falseFriend));
    expect(outcome.effectiveScores).toMatchObject({ profanity: 0, insult: 0 });
  });

  it('drops block and watch hits inside allowed words', () => {
    const policy = compilePolicy(
      policyWithEntries(
        { list: 'block', term: 'arsch', mode: 'compound', category: 'profanity' },
        { list: 'allow', term: 'Arschbombe', mode: 'word', category: 'profanity' },
      ),
    );
    const text = 'Arschbombe, du Arschloch';
    const outcome = policy.evaluate(commentInput({ text }));
    expect(outcome.listEvidence).toEqual({
      profanity: [{ start: 15, end: 24, text: 'Arschloch', rule: 'list.block:arsch' }],
    });
    expect(outcome.isRejected).toBe(true);
    expect(policy.evaluate(commentInput({ text: 'Arschbombe!' }))).toMatchObject({
      isRejected: false,
      listEvidence: {},
    });
  });

  it('reads null evidence as none', () => {
    const input = commentInput({ text: 'Arschbombe!', scores: { ...ZERO_SCORES, profanity: 0.7 } });
    (input as unknown as { evidence: null }).evidence = null;
    expect(compilePolicy(policyWithEntries(allowArschbombe)).evaluate(input).effectiveScores.profanity).toBe(
      0.7,
    );
  });

  it("ignores the policy's own spans from an earlier evaluation", () => {
    const policy = compilePolicy(policyWithEntries(allowArschbombe));
    const text = 'Arschbombe!';
    const earlier = { start: 0, end: 10, text: 'Arschbombe', rule: 'list.watch:arsch' };
    const outcome = policy.evaluate(
      commentInput({ text, scores: { ...ZERO_SCORES, profanity: 0.7 }, evidence: { profanity: [earlier] } }),
    );
    // Only a list span: the scorer had no evidence to take away, so its score stands.
    expect(outcome.effectiveScores.profanity).toBe(0.7);
    expect(outcome.listEvidence).toEqual({});
  });
});
