import {
  addCounts,
  countsOfComment,
  emptyCommentCounts,
  emptyDecisionCounts,
  subtractCounts,
} from './rollup-counts';

const NO_FLAGS = {
  insult: false,
  profanity: false,
  threat: false,
  hate: false,
  spam: false,
  personalData: false,
};

describe('rollup counts', () => {
  it('counts one negative, flagged comment with an insult and a threat', () => {
    expect(
      countsOfComment({
        compound: -0.61234,
        label: 'negative',
        isFlagged: true,
        flags: { ...NO_FLAGS, insult: true, threat: true },
      }),
    ).toEqual({
      count: 1,
      compoundSumE4: -6123,
      positive: 0,
      neutral: 0,
      negative: 1,
      flagged: 1,
      insult: 1,
      profanity: 0,
      threat: 1,
      hate: 0,
      spam: 0,
      personalData: 0,
    });
  });

  it('stores the compound as an exact integer, with no negative zero', () => {
    const tiny = countsOfComment({ compound: -0.00001, label: 'neutral', isFlagged: false, flags: NO_FLAGS });
    expect(Object.is(tiny.compoundSumE4, 0)).toBe(true);
    expect(
      countsOfComment({ compound: 1, label: 'positive', isFlagged: false, flags: NO_FLAGS }).compoundSumE4,
    ).toBe(10_000);
    expect(() =>
      countsOfComment({ compound: 1.5, label: 'positive', isFlagged: false, flags: NO_FLAGS }),
    ).toThrow(RangeError);
  });

  it('adds and subtracts field by field, so a rescored comment becomes a delta of new minus old', () => {
    const before = countsOfComment({
      compound: -0.5,
      label: 'negative',
      isFlagged: true,
      flags: { ...NO_FLAGS, hate: true },
    });
    const after = countsOfComment({ compound: 0.25, label: 'positive', isFlagged: false, flags: NO_FLAGS });
    const delta = subtractCounts(after, before);
    expect(delta).toEqual({
      ...emptyCommentCounts(),
      compoundSumE4: 7500,
      positive: 1,
      negative: -1,
      flagged: -1,
      hate: -1,
    });
    const bucket = addCounts(addCounts(emptyCommentCounts(), before), delta);
    expect(bucket).toEqual(after);
    expect(before.negative).toBe(1);
  });

  it('works on decision counts as well', () => {
    const counts = addCounts(emptyDecisionCounts(), { ...emptyDecisionCounts(), approve: 3, undo: 1 });
    expect(counts).toEqual({ approve: 3, reject: 0, escalate: 0, undo: 1 });
  });
});
