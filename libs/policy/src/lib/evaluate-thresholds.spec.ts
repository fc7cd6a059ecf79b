import { labelTone } from '@tenor/scoring';
import { commentInput, policyWith, policyWithEntries, ZERO_SCORES } from '../testing/policy-test-helpers';
import { compilePolicy } from './compile-policy';
import { queueOf } from './policy-queue';

const policy = compilePolicy(
  policyWith((draft) => {
    draft.tone = { positive: 0.3, negative: -0.2 };
    draft.categories.insult = { flag: 0.5, hold: 0.7, reject: 0.9 };
    draft.categories.threat = { flag: 0.4, hold: null, reject: 0.6 };
    draft.categories.spam = { flag: 0.8, hold: 0.3, reject: null };
    draft.premoderatedSections = ['Politik'];
  }),
);

function evaluate(scores: Partial<typeof ZERO_SCORES>, overrides: Parameters<typeof commentInput>[0] = {}) {
  return policy.evaluate(commentInput({ scores: { ...ZERO_SCORES, ...scores }, ...overrides }));
}

describe('evaluate: thresholds, pre-moderation and tone', () => {
  it('leaves a comment below every threshold alone', () => {
    const outcome = evaluate({ insult: 0.49, threat: 0.39 });
    expect(outcome).toMatchObject({
      isFlagged: false,
      isHeld: false,
      isRejected: false,
      toneLabel: 'neutral',
    });
    expect(Object.values(outcome.flags)).toEqual(new Array(6).fill(false));
    expect(queueOf(outcome)).toBe('none');
  });

  it('flags a category at its flag threshold, and only that category', () => {
    const outcome = evaluate({ insult: 0.5 });
    expect(outcome.flags).toEqual({ ...mapAll(false), insult: true });
    expect(outcome).toMatchObject({ isFlagged: true, isHeld: false, isRejected: false });
    expect(queueOf(outcome)).toBe('flagged');
  });

  it('holds at the hold threshold, with or without a flag', () => {
    expect(evaluate({ insult: 0.7 })).toMatchObject({ isFlagged: true, isHeld: true, isRejected: false });
    const heldUnflagged = evaluate({ spam: 0.3 });
    expect(heldUnflagged).toMatchObject({ isFlagged: false, isHeld: true, isRejected: false });
    expect(queueOf(heldUnflagged)).toBe('held');
  });

  it('rejects at the reject threshold, which beats holding', () => {
    const outcome = evaluate({ insult: 0.9 }, { isArticlePremoderated: true, section: 'Politik' });
    expect(outcome).toMatchObject({ isFlagged: true, isHeld: false, isRejected: true });
    expect(queueOf(outcome)).toBe('rejected');
    expect(evaluate({ threat: 0.6 })).toMatchObject({ isHeld: false, isRejected: true });
    expect(evaluate({ threat: 0.59 })).toMatchObject({ isFlagged: true, isHeld: false, isRejected: false });
  });

  it('never holds or rejects on thresholds switched off', () => {
    expect(evaluate({ profanity: 1, hate: 1, personalData: 1 })).toMatchObject({
      isHeld: false,
      isRejected: false,
    });
  });

  it('holds every comment of a pre-moderated article', () => {
    const outcome = evaluate({}, { isArticlePremoderated: true });
    expect(outcome).toMatchObject({ isFlagged: false, isHeld: true, isRejected: false });
    expect(queueOf(outcome)).toBe('held');
  });

  it('holds every comment of a pre-moderated section, compared trimmed and case-insensitively', () => {
    expect(evaluate({}, { section: 'Politik' }).isHeld).toBe(true);
    expect(evaluate({}, { section: ' politik ' }).isHeld).toBe(true);
    expect(evaluate({}, { section: 'Sport' }).isHeld).toBe(false);
    expect(evaluate({}, { section: null }).isHeld).toBe(false);
  });

  it("labels tone with the policy's cut-offs, as the scorer's labelTone does", () => {
    const cutOffs = { positive: 0.3, negative: -0.2 };
    for (const [compound, label] of [
      [0.3, 'positive'],
      [0.29, 'neutral'],
      [-0.19, 'neutral'],
      [-0.2, 'negative'],
    ] as const) {
      expect(evaluate({}, { compound }).toneLabel).toBe(label);
      expect(labelTone(compound, cutOffs)).toBe(label);
    }
  });

  it('reports the stored scores as effective and no list evidence without word lists', () => {
    const scores = { ...ZERO_SCORES, insult: 0.42, spam: 0.1 };
    const outcome = evaluate(scores);
    expect(outcome.effectiveScores).toEqual(scores);
    expect(outcome.listEvidence).toEqual({});
  });

  it('does not read the text without word-list entries', () => {
    const input = commentInput({ scores: { ...ZERO_SCORES, insult: 0.6 } });
    Object.defineProperty(input, 'text', {
      get: () => {
        throw new Error('the text was read');
      },
    });
    expect(policy.evaluate(input).isFlagged).toBe(true);
  });

  it('reads the text for allow entries only when the scorer found something', () => {
    const allowOnly = compilePolicy(
      policyWithEntries({ list: 'allow', term: 'Arschbombe', mode: 'word', category: 'profanity' }),
    );
    let reads = 0;
    const inputWith = (evidence: Parameters<typeof commentInput>[0]) => {
      const input = commentInput(evidence);
      Object.defineProperty(input, 'text', {
        get: () => {
          reads++;
          return 'Arschbombe!';
        },
      });
      return input;
    };
    allowOnly.evaluate(inputWith({ evidence: {} }));
    allowOnly.evaluate(
      inputWith({ evidence: { insult: [{ start: 0, end: 3, text: 'Ars', rule: 'list.watch:ars' }] } }),
    );
    expect(reads).toBe(0);
    const outcome = allowOnly.evaluate(
      inputWith({
        scores: { ...ZERO_SCORES, profanity: 0.5 },
        evidence: { profanity: [{ start: 0, end: 10, text: 'Arschbombe', rule: 'profanity.compound' }] },
      }),
    );
    expect(reads).toBeGreaterThan(0);
    expect(outcome.effectiveScores.profanity).toBe(0);
  });
});

function mapAll(value: boolean) {
  return { insult: value, profanity: value, threat: value, hate: value, spam: value, personalData: value };
}
