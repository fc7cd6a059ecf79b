import { REJECT_REASONS } from '@tenor/contracts';
import type { RejectReason } from '@tenor/contracts';

/** What has the keyboard on the queue page: the card list, the list with the detail open, or the keys overlay. */
export type QueueKeyContext = 'list' | 'detail' | 'help';

/** Where a key was pressed: in a text field (keys are the user's), on a button or link (Enter is theirs), or elsewhere. */
export type KeyTarget = 'text-input' | 'control' | 'other';

/** A key press reduced to what the map needs. */
export interface KeyPress {
  /** KeyboardEvent.key. */
  key: string;
  /** Whether Ctrl, Meta or Alt was held (browser and system shortcuts stay untouched). */
  hasModifier: boolean;
  target: KeyTarget;
}

/** What a key asks the queue page to do. */
export type QueueCommand =
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'decide'; action: 'approve' | 'reject' | 'escalate' }
  | { kind: 'undo' }
  | { kind: 'toggleCheck' }
  | { kind: 'openDetail' }
  | { kind: 'close' }
  | { kind: 'focusSearch' }
  | { kind: 'toggleHelp' }
  | { kind: 'leaveInput' };

/** Single-key commands, the same in the list and with the detail open. */
const LETTER_COMMANDS: Readonly<Record<string, QueueCommand>> = {
  j: { kind: 'move', step: 1 },
  k: { kind: 'move', step: -1 },
  a: { kind: 'decide', action: 'approve' },
  r: { kind: 'decide', action: 'reject' },
  e: { kind: 'decide', action: 'escalate' },
  u: { kind: 'undo' },
  x: { kind: 'toggleCheck' },
  o: { kind: 'openDetail' },
  '/': { kind: 'focusSearch' },
  '?': { kind: 'toggleHelp' },
};

/** The queue's keyboard map: which command a key press means in a context, or null to leave the key alone. */
export function queueCommandForKey(press: KeyPress, context: QueueKeyContext): QueueCommand | null {
  if (press.hasModifier) {
    return null;
  }
  if (press.target === 'text-input') {
    return press.key === 'Escape' ? { kind: 'leaveInput' } : null;
  }
  if (context === 'help') {
    return press.key === '?' || press.key === 'Escape' ? { kind: 'toggleHelp' } : null;
  }
  if (press.key === 'Enter') {
    return press.target === 'control' ? null : { kind: 'openDetail' };
  }
  if (press.key === 'Escape') {
    return context === 'detail' ? { kind: 'close' } : null;
  }
  return LETTER_COMMANDS[press.key] ?? null;
}

/** The rejection reason a digit picks in the reason picker: 1 to 7 in the order of REJECT_REASONS. */
export function rejectReasonForKey(key: string): RejectReason | null {
  if (!/^[1-9]$/.test(key)) {
    return null;
  }
  return REJECT_REASONS[Number(key) - 1] ?? null;
}

/** The key shown for each reason in the picker. */
export function keyForRejectReason(reason: RejectReason): string {
  return String(REJECT_REASONS.indexOf(reason) + 1);
}

/** The keys overlay: each key (as shown) with the dictionary key of what it does, in the order a moderator needs them. */
export const QUEUE_KEY_HELP = [
  { keys: ['j', 'k'], descriptionKey: 'keys.move' },
  { keys: ['a'], descriptionKey: 'keys.approve' },
  { keys: ['r', '1–7', 'Enter'], descriptionKey: 'keys.reject' },
  { keys: ['e'], descriptionKey: 'keys.escalate' },
  { keys: ['u'], descriptionKey: 'keys.undo' },
  { keys: ['x'], descriptionKey: 'keys.check' },
  { keys: ['Enter', 'o'], descriptionKey: 'keys.open' },
  { keys: ['Esc'], descriptionKey: 'keys.close' },
  { keys: ['/'], descriptionKey: 'keys.search' },
  { keys: ['?'], descriptionKey: 'keys.help' },
] as const;
