import type { KeyTarget } from './queue-keys';

/** Input types that take typed text (a checkbox or radio does not, so the queue keys still work on it). */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'number',
  'date',
  'datetime-local',
  'email',
  'password',
  'tel',
  'url',
  'month',
  'week',
  'time',
]);

/** Where a key was pressed, for the keyboard map: in a text field, on a button or link, or elsewhere. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return 'other';
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return 'text-input';
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type) ? 'text-input' : 'control';
  if (target.closest('[role="combobox"], [role="listbox"], [role="menu"]')) return 'text-input';
  return target.closest('button, a[href], [role="button"], [role="tab"]') ? 'control' : 'other';
}
