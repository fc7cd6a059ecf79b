import {
  checkedInOrder,
  movedSelection,
  selectionAfter,
  selectionAfterRemoval,
  toggleChecked,
} from './queue-selection';

const ids = [10, 20, 30, 40, 50];

describe('movedSelection', () => {
  it('moves down and up and stops at the ends', () => {
    expect(movedSelection(ids, 20, 1)).toBe(30);
    expect(movedSelection(ids, 20, -1)).toBe(10);
    expect(movedSelection(ids, 50, 1)).toBe(50);
    expect(movedSelection(ids, 10, -1)).toBe(10);
  });

  it('starts at the first card when nothing (or a gone card) is selected', () => {
    expect(movedSelection(ids, null, 1)).toBe(10);
    expect(movedSelection(ids, 99, 1)).toBe(10);
    expect(movedSelection([], null, 1)).toBeNull();
  });
});

describe('selectionAfter', () => {
  it('goes to the next card, or back to the previous one at the end', () => {
    expect(selectionAfter(ids, 30)).toBe(40);
    expect(selectionAfter(ids, 50)).toBe(40);
    expect(selectionAfter([7], 7)).toBeNull();
  });
});

describe('selectionAfterRemoval', () => {
  it('keeps a selected card that is still listed', () => {
    expect(selectionAfterRemoval(ids, [10, 30, 50], 30)).toBe(30);
  });

  it('moves to the next remaining card, else the previous one', () => {
    expect(selectionAfterRemoval(ids, [10, 50], 30)).toBe(50);
    expect(selectionAfterRemoval(ids, [10, 20], 40)).toBe(20);
    expect(selectionAfterRemoval(ids, [], 40)).toBeNull();
  });

  it('selects the first card when nothing was selected', () => {
    expect(selectionAfterRemoval(ids, [20, 30], null)).toBe(20);
  });
});

describe('toggleChecked', () => {
  it('toggles one card on a plain click and makes it the anchor', () => {
    const first = toggleChecked(new Set(), ids, 20, null, false);
    expect([...first.checked]).toEqual([20]);
    expect(first.anchorId).toBe(20);
    expect([...toggleChecked(first.checked, ids, 20, 20, false).checked]).toEqual([]);
  });

  it('checks the whole range from the anchor on a shift-click, in either direction', () => {
    expect(checkedInOrder(toggleChecked(new Set([20]), ids, 40, 20, true).checked, ids)).toEqual([
      20, 30, 40,
    ]);
    expect(checkedInOrder(toggleChecked(new Set([40]), ids, 10, 40, true).checked, ids)).toEqual([
      10, 20, 30, 40,
    ]);
  });

  it('unchecks the range when the shift-clicked card was checked', () => {
    expect(checkedInOrder(toggleChecked(new Set([10, 20, 30, 40]), ids, 30, 10, true).checked, ids)).toEqual([
      40,
    ]);
  });

  it('falls back to a plain toggle when the anchor is no longer listed', () => {
    expect([...toggleChecked(new Set(), ids, 30, 99, true).checked]).toEqual([30]);
  });
});
