import type { PolicyOutcome } from '@tenor/contracts';
import { outcomeEquals, queueOf } from './policy-queue';

const none: PolicyOutcome = {
  toneLabel: 'neutral',
  flags: { insult: false, profanity: false, threat: false, hate: false, spam: false, personalData: false },
  isFlagged: false,
  isHeld: false,
  isRejected: false,
};

describe('queueOf and outcomeEquals', () => {
  it('puts rejected before held before flagged', () => {
    expect(queueOf(none)).toBe('none');
    expect(queueOf({ ...none, isFlagged: true })).toBe('flagged');
    expect(queueOf({ ...none, isFlagged: true, isHeld: true })).toBe('held');
    expect(queueOf({ ...none, isFlagged: true, isHeld: true, isRejected: true })).toBe('rejected');
  });

  it('compares every stored field', () => {
    expect(outcomeEquals(none, structuredClone(none))).toBe(true);
    expect(outcomeEquals(none, { ...none, toneLabel: 'negative' })).toBe(false);
    expect(outcomeEquals(none, { ...none, isHeld: true })).toBe(false);
    expect(outcomeEquals(none, { ...none, flags: { ...none.flags, spam: true } })).toBe(false);
  });
});
