import {
  KeyPress,
  QUEUE_KEY_HELP,
  keyForRejectReason,
  queueCommandForKey,
  rejectReasonForKey,
} from './queue-keys';

function press(key: string, overrides: Partial<KeyPress> = {}): KeyPress {
  return { key, hasModifier: false, target: 'other', ...overrides };
}

describe('queueCommandForKey', () => {
  it('maps the moderation letters in the list', () => {
    expect(queueCommandForKey(press('j'), 'list')).toEqual({ kind: 'move', step: 1 });
    expect(queueCommandForKey(press('k'), 'list')).toEqual({ kind: 'move', step: -1 });
    expect(queueCommandForKey(press('a'), 'list')).toEqual({ kind: 'decide', action: 'approve' });
    expect(queueCommandForKey(press('r'), 'list')).toEqual({ kind: 'decide', action: 'reject' });
    expect(queueCommandForKey(press('e'), 'list')).toEqual({ kind: 'decide', action: 'escalate' });
    expect(queueCommandForKey(press('u'), 'list')).toEqual({ kind: 'undo' });
    expect(queueCommandForKey(press('x'), 'list')).toEqual({ kind: 'toggleCheck' });
    expect(queueCommandForKey(press('/'), 'list')).toEqual({ kind: 'focusSearch' });
    expect(queueCommandForKey(press('?'), 'list')).toEqual({ kind: 'toggleHelp' });
  });

  it('keeps the same letters working while the detail is open, where Esc closes it', () => {
    expect(queueCommandForKey(press('j'), 'detail')).toEqual({ kind: 'move', step: 1 });
    expect(queueCommandForKey(press('a'), 'detail')).toEqual({ kind: 'decide', action: 'approve' });
    expect(queueCommandForKey(press('Escape'), 'detail')).toEqual({ kind: 'close' });
    expect(queueCommandForKey(press('Escape'), 'list')).toBeNull();
  });

  it('opens the detail with Enter or o, but leaves Enter on a focused button to the button', () => {
    expect(queueCommandForKey(press('Enter'), 'list')).toEqual({ kind: 'openDetail' });
    expect(queueCommandForKey(press('o'), 'list')).toEqual({ kind: 'openDetail' });
    expect(queueCommandForKey(press('Enter', { target: 'control' }), 'list')).toBeNull();
    expect(queueCommandForKey(press('a', { target: 'control' }), 'list')).toEqual({
      kind: 'decide',
      action: 'approve',
    });
  });

  it('ignores keys typed into fields, except Esc which leaves the field', () => {
    expect(queueCommandForKey(press('a', { target: 'text-input' }), 'list')).toBeNull();
    expect(queueCommandForKey(press('/', { target: 'text-input' }), 'list')).toBeNull();
    expect(queueCommandForKey(press('Escape', { target: 'text-input' }), 'detail')).toEqual({
      kind: 'leaveInput',
    });
  });

  it('leaves Ctrl, Meta and Alt shortcuts and capital letters alone', () => {
    expect(queueCommandForKey(press('a', { hasModifier: true }), 'list')).toBeNull();
    expect(queueCommandForKey(press('A'), 'list')).toBeNull();
    expect(queueCommandForKey(press('ArrowDown'), 'list')).toBeNull();
  });

  it('lets only ? and Esc through while the keys overlay is open', () => {
    expect(queueCommandForKey(press('a'), 'help')).toBeNull();
    expect(queueCommandForKey(press('?'), 'help')).toEqual({ kind: 'toggleHelp' });
    expect(queueCommandForKey(press('Escape'), 'help')).toEqual({ kind: 'toggleHelp' });
  });
});

describe('rejectReasonForKey', () => {
  it('picks the reasons 1 to 7 in order', () => {
    expect(['1', '2', '3', '4', '5', '6', '7'].map(rejectReasonForKey)).toEqual([
      'insult',
      'threat',
      'incitement',
      'personal-data',
      'spam',
      'off-topic',
      'other',
    ]);
  });

  it('ignores other keys', () => {
    expect(rejectReasonForKey('8')).toBeNull();
    expect(rejectReasonForKey('0')).toBeNull();
    expect(rejectReasonForKey('a')).toBeNull();
    expect(rejectReasonForKey('12')).toBeNull();
  });

  it('is the inverse of keyForRejectReason', () => {
    expect(rejectReasonForKey(keyForRejectReason('spam'))).toBe('spam');
  });
});

describe('QUEUE_KEY_HELP', () => {
  it('documents every letter the map knows', () => {
    const documented = new Set(QUEUE_KEY_HELP.flatMap((entry) => entry.keys as readonly string[]));
    for (const key of ['j', 'k', 'a', 'r', 'e', 'u', 'x', 'o', '/', '?', 'Enter', 'Esc']) {
      expect(documented.has(key)).toBe(true);
    }
  });
});
