/** The id `step` cards away from the current one, stopping at either end; the first card when nothing is selected. */
export function movedSelection(
  orderedIds: readonly number[],
  currentId: number | null,
  step: number,
): number | null {
  if (orderedIds.length === 0) {
    return null;
  }
  const index = currentId === null ? -1 : orderedIds.indexOf(currentId);
  if (index === -1) {
    return orderedIds[0];
  }
  return orderedIds[Math.min(Math.max(index + step, 0), orderedIds.length - 1)];
}

/** The card to select once a card is done with (decided or gone): the next one, else the previous one, else none. */
export function selectionAfter(orderedIds: readonly number[], doneId: number): number | null {
  const index = orderedIds.indexOf(doneId);
  if (index === -1) {
    return orderedIds[0] ?? null;
  }
  return orderedIds[index + 1] ?? orderedIds[index - 1] ?? null;
}

/** The selection once cards left the list: the same card if it is still there, else the one that took its place. */
export function selectionAfterRemoval(
  previousIds: readonly number[],
  remainingIds: readonly number[],
  selectedId: number | null,
): number | null {
  if (selectedId === null || remainingIds.includes(selectedId)) {
    return selectedId ?? remainingIds[0] ?? null;
  }
  const remaining = new Set(remainingIds);
  const index = previousIds.indexOf(selectedId);
  const after = previousIds.slice(index + 1).find((id) => remaining.has(id));
  const before = [...previousIds.slice(0, Math.max(index, 0))].reverse().find((id) => remaining.has(id));
  return after ?? before ?? null;
}

/** The checked cards after a click on one checkbox, and the anchor the next shift-click ranges from. */
export interface CheckResult {
  checked: ReadonlySet<number>;
  anchorId: number;
}

/**
 * Toggles one card's checkbox; with `isRange` (shift-click) every card between the anchor and the clicked one takes
 * the clicked card's new state, as in mail clients. Without a listed anchor a range click is a plain toggle.
 */
export function toggleChecked(
  checked: ReadonlySet<number>,
  orderedIds: readonly number[],
  clickedId: number,
  anchorId: number | null,
  isRange: boolean,
): CheckResult {
  const isNowChecked = !checked.has(clickedId);
  const next = new Set(checked);
  const anchorIndex = anchorId === null ? -1 : orderedIds.indexOf(anchorId);
  const clickedIndex = orderedIds.indexOf(clickedId);
  const range =
    isRange && anchorIndex !== -1 && clickedIndex !== -1
      ? orderedIds.slice(Math.min(anchorIndex, clickedIndex), Math.max(anchorIndex, clickedIndex) + 1)
      : [clickedId];
  for (const id of range) {
    if (isNowChecked) {
      next.add(id);
    } else {
      next.delete(id);
    }
  }
  return { checked: next, anchorId: clickedId };
}

/** The checked ids that are still listed, in list order. */
export function checkedInOrder(checked: ReadonlySet<number>, orderedIds: readonly number[]): number[] {
  return orderedIds.filter((id) => checked.has(id));
}
