import { type PolicyOutcome, type PolicyQueue, RISK_CATEGORIES } from '@tenor/contracts';

/** The queue an undecided comment with this outcome sits in: rejected before held before flagged. */
export function queueOf(outcome: PolicyOutcome): PolicyQueue {
  if (outcome.isRejected) return 'rejected';
  if (outcome.isHeld) return 'held';
  return outcome.isFlagged ? 'flagged' : 'none';
}

/** Whether two outcomes agree on everything a comment stores: tone label, every category's flag, flagged, held, rejected. */
export function outcomeEquals(a: PolicyOutcome, b: PolicyOutcome): boolean {
  if (
    a.toneLabel !== b.toneLabel ||
    a.isFlagged !== b.isFlagged ||
    a.isHeld !== b.isHeld ||
    a.isRejected !== b.isRejected
  )
    return false;
  return RISK_CATEGORIES.every((category) => a.flags[category] === b.flags[category]);
}
