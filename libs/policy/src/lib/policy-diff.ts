import {
  type ModerationPolicy,
  type PolicyChange,
  RISK_CATEGORIES,
  WORD_LISTS,
  type WordList,
  type WordListEntry,
} from '@tenor/contracts';
import {
  ACTION_LABELS,
  CATEGORY_LABELS,
  formatGermanNumber,
  MATCH_MODE_LABELS,
  quoteGerman,
  WORD_LIST_LABELS,
} from './german-labels';

/** Per word list, this many entry changes are listed one by one; the rest are summed up in one line. */
export const MAX_LISTED_ENTRY_CHANGES = 50;

const THRESHOLD_ACTIONS = ['flag', 'hold', 'reject'] as const;

/**
 * What changed from one policy to the next, one German line per change, in the order of the settings page: tone,
 * category thresholds, pre-moderated sections, then each word list (removed, changed, added entries; an entry is
 * its list, mode and term, so a new spelling or mode is a removal and an addition). E.g.
 * "Beleidigung: Markieren ab 0,50 → 0,40", "Ton: negativ bis −0,05 → −0,10",
 * "Vorab-Moderation: + Rubrik „Politik“", "Sperrliste: + „Lügenpresse“ (Wortteil, Hassrede)".
 */
export function diffPolicies(before: ModerationPolicy, after: ModerationPolicy): PolicyChange[] {
  return [
    ...toneChanges(before, after),
    ...thresholdChanges(before, after),
    ...sectionChanges(before, after),
    ...WORD_LISTS.flatMap((list) => wordListChanges(list, before, after)),
  ];
}

function toneChanges(before: ModerationPolicy, after: ModerationPolicy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const { positive, negative } = before.tone;
  if (positive !== after.tone.positive)
    changes.push({
      path: 'tone.positive',
      text: `Ton: positiv ab ${formatGermanNumber(positive)} → ${formatGermanNumber(after.tone.positive)}`,
      before: positive,
      after: after.tone.positive,
    });
  if (negative !== after.tone.negative)
    changes.push({
      path: 'tone.negative',
      text: `Ton: negativ bis ${formatGermanNumber(negative)} → ${formatGermanNumber(after.tone.negative)}`,
      before: negative,
      after: after.tone.negative,
    });
  return changes;
}

function thresholdChanges(before: ModerationPolicy, after: ModerationPolicy): PolicyChange[] {
  return RISK_CATEGORIES.flatMap((category) =>
    THRESHOLD_ACTIONS.flatMap((action): PolicyChange[] => {
      const from = before.categories[category][action];
      const to = after.categories[category][action];
      if (from === to) return [];
      const fromText = from === null ? 'aus' : `ab ${formatGermanNumber(from)}`;
      const toText =
        to === null ? 'aus' : from === null ? `ab ${formatGermanNumber(to)}` : formatGermanNumber(to);
      return [
        {
          path: `categories.${category}.${action}`,
          text: `${CATEGORY_LABELS[category]}: ${ACTION_LABELS[action]} ${fromText} → ${toText}`,
          before: from,
          after: to,
        },
      ];
    }),
  );
}

function sectionChanges(before: ModerationPolicy, after: ModerationPolicy): PolicyChange[] {
  const old = new Set(before.premoderatedSections);
  const current = new Set(after.premoderatedSections);
  const line = (sign: string, section: string) => `Vorab-Moderation: ${sign} Rubrik ${quoteGerman(section)}`;
  return [
    ...before.premoderatedSections
      .filter((section) => !current.has(section))
      .map((section) => ({
        path: 'premoderatedSections',
        text: line('\u2212', section),
        before: section,
        after: null,
      })),
    ...after.premoderatedSections
      .filter((section) => !old.has(section))
      .map((section) => ({
        path: 'premoderatedSections',
        text: line('+', section),
        before: null,
        after: section,
      })),
  ];
}

function wordListChanges(list: WordList, before: ModerationPolicy, after: ModerationPolicy): PolicyChange[] {
  const old = new Map(
    before.wordLists.filter((entry) => entry.list === list).map((entry) => [entryKey(entry), entry]),
  );
  const current = new Map(
    after.wordLists.filter((entry) => entry.list === list).map((entry) => [entryKey(entry), entry]),
  );
  const label = WORD_LIST_LABELS[list];
  const changes: PolicyChange[] = [];
  for (const [key, entry] of old) {
    const next = current.get(key);
    if (next === undefined)
      changes.push({
        path: 'wordLists',
        text: `${label}: \u2212 ${describeEntry(entry)}`,
        before: entry,
        after: null,
      });
    else {
      if (next.category !== entry.category && list !== 'allow')
        changes.push({
          path: 'wordLists',
          text: `${label}: ${quoteGerman(entry.term)} (${MATCH_MODE_LABELS[entry.mode]}): ${CATEGORY_LABELS[entry.category]} → ${CATEGORY_LABELS[next.category]}`,
          before: entry,
          after: next,
        });
      if ((next.note ?? '') !== (entry.note ?? ''))
        changes.push({
          path: 'wordLists',
          text: `${label}: ${describeEntry(next)}: Notiz geändert`,
          before: entry,
          after: next,
        });
    }
  }
  for (const [key, entry] of current)
    if (!old.has(key))
      changes.push({
        path: 'wordLists',
        text: `${label}: + ${describeEntry(entry)}`,
        before: null,
        after: entry,
      });
  if (changes.length <= MAX_LISTED_ENTRY_CHANGES) return changes;
  const rest = changes.length - MAX_LISTED_ENTRY_CHANGES;
  return [
    ...changes.slice(0, MAX_LISTED_ENTRY_CHANGES),
    {
      path: 'wordLists',
      text: `${label}: ${rest.toLocaleString('de-DE')} weitere Änderungen`,
      before: null,
      after: rest,
    },
  ];
}

/** „term“ (mode, category); allow entries apply to every category, so theirs is left out. */
function describeEntry(entry: WordListEntry): string {
  const details =
    entry.list === 'allow'
      ? MATCH_MODE_LABELS[entry.mode]
      : `${MATCH_MODE_LABELS[entry.mode]}, ${CATEGORY_LABELS[entry.category]}`;
  return `${quoteGerman(entry.term)} (${details})`;
}

function entryKey(entry: WordListEntry): string {
  return `${entry.mode}\u0000${entry.term}`;
}
