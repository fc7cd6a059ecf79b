import { RISK_CATEGORIES } from '@tenor/contracts';
import type {
  CategoryThresholds,
  ModerationPolicy,
  RiskCategory,
  WordList,
  WordListEntry,
  WordMatchMode,
} from '@tenor/contracts';
import { normalizeSections } from '../users/user-changes';

/** The actions of a category that can be switched off (null in the policy). */
export const SWITCHABLE_ACTIONS = ['hold', 'reject'] as const;
/** An action of a category that can be switched off. */
export type SwitchableAction = (typeof SWITCHABLE_ACTIONS)[number];

/** One category's thresholds as the form holds them: text as typed, and whether hold and reject are on. */
export interface CategoryThresholdsForm {
  flag: string;
  hold: string;
  reject: string;
  /** Whether comments at or above `hold` are held for approval. */
  isHoldOn: boolean;
  /** Whether comments at or above `reject` are rejected at once. */
  isRejectOn: boolean;
}

/** One word-list row as the form holds it; `key` tracks the row while its index shifts. */
export interface WordListEntryForm {
  key: number;
  list: WordList;
  term: string;
  mode: WordMatchMode;
  category: RiskCategory;
  note: string;
}

/** The moderation policy as the settings form holds it: numbers as typed, rows in the order they are sent. */
export interface PolicyForm {
  tone: { positive: string; negative: string };
  categories: Record<RiskCategory, CategoryThresholdsForm>;
  premoderatedSections: readonly string[];
  /** Rows of all three lists in policy order, so a server message about `wordLists.3` finds its row. */
  wordLists: readonly WordListEntryForm[];
}

/** The form of a saved policy. */
export function policyForm(policy: ModerationPolicy): PolicyForm {
  return {
    tone: { positive: String(policy.tone.positive), negative: String(policy.tone.negative) },
    categories: Object.fromEntries(
      RISK_CATEGORIES.map((category) => [category, thresholdsForm(policy.categories[category])]),
    ) as Record<RiskCategory, CategoryThresholdsForm>,
    premoderatedSections: [...policy.premoderatedSections],
    wordLists: policy.wordLists.map((entry, index) => ({
      key: index + 1,
      list: entry.list,
      term: entry.term,
      mode: entry.mode,
      category: entry.category,
      note: entry.note ?? '',
    })),
  };
}

/**
 * The policy to send for a form: numbers as typed (a comma counts as decimal point), hold and reject null when
 * switched off, sections tidied, blank word-list notes left out. A number that does not parse goes as null, for
 * the API to name; `unparsedNumberPaths` lists them, so the page can say so without asking the API.
 */
export function policyFromForm(form: PolicyForm): ModerationPolicy {
  return {
    tone: { positive: parseNumber(form.tone.positive), negative: parseNumber(form.tone.negative) },
    categories: Object.fromEntries(
      RISK_CATEGORIES.map((category) => [category, thresholdsFromForm(form.categories[category])]),
    ) as Record<RiskCategory, CategoryThresholds>,
    premoderatedSections: normalizeSections(form.premoderatedSections),
    wordLists: form.wordLists.map((row) => {
      const entry: WordListEntry = {
        list: row.list,
        term: row.term.trim(),
        mode: row.mode,
        category: row.category,
      };
      if (row.note.trim() !== '') entry.note = row.note.trim();
      return entry;
    }),
  } as ModerationPolicy;
}

/** Paths (as the API names them, e.g. `categories.insult.hold`) of the numbers in the form that do not parse. */
export function unparsedNumberPaths(form: PolicyForm): string[] {
  const paths: string[] = [];
  if (parseNumber(form.tone.positive) === null) paths.push('tone.positive');
  if (parseNumber(form.tone.negative) === null) paths.push('tone.negative');
  for (const category of RISK_CATEGORIES) {
    const thresholds = form.categories[category];
    if (parseNumber(thresholds.flag) === null) paths.push(`categories.${category}.flag`);
    if (thresholds.isHoldOn && parseNumber(thresholds.hold) === null)
      paths.push(`categories.${category}.hold`);
    if (thresholds.isRejectOn && parseNumber(thresholds.reject) === null)
      paths.push(`categories.${category}.reject`);
  }
  return paths;
}

/** The form with one threshold text of a category changed. */
export function withThreshold(
  form: PolicyForm,
  category: RiskCategory,
  field: 'flag' | SwitchableAction,
  text: string,
): PolicyForm {
  return withCategory(form, category, { ...form.categories[category], [field]: text });
}

/**
 * The form with a category's hold or reject switched on or off. Switching on an action that had no threshold
 * starts it at the flag threshold, a value the API accepts, for the admin to raise.
 */
export function withActionSwitched(
  form: PolicyForm,
  category: RiskCategory,
  action: SwitchableAction,
  isOn: boolean,
): PolicyForm {
  const thresholds = form.categories[category];
  const text = isOn && thresholds[action].trim() === '' ? thresholds.flag : thresholds[action];
  const switchName = action === 'hold' ? 'isHoldOn' : 'isRejectOn';
  return withCategory(form, category, { ...thresholds, [action]: text, [switchName]: isOn });
}

/** The form with a new, empty row at the end of a word list's rows (a watch row counts as insult until changed). */
export function withWordListEntryAdded(form: PolicyForm, list: WordList): PolicyForm {
  const key = Math.max(0, ...form.wordLists.map((row) => row.key)) + 1;
  return {
    ...form,
    wordLists: [...form.wordLists, { key, list, term: '', mode: 'word', category: 'insult', note: '' }],
  };
}

/** The form with one word-list row changed. */
export function withWordListEntryChanged(
  form: PolicyForm,
  key: number,
  changes: Partial<Omit<WordListEntryForm, 'key'>>,
): PolicyForm {
  return {
    ...form,
    wordLists: form.wordLists.map((row) => (row.key === key ? { ...row, ...changes } : row)),
  };
}

/** The form without one word-list row. */
export function withWordListEntryRemoved(form: PolicyForm, key: number): PolicyForm {
  return { ...form, wordLists: form.wordLists.filter((row) => row.key !== key) };
}

/** A stable text of a policy, to tell whether two policies (the edited one, the previewed one) are the same. */
export function policyKey(policy: ModerationPolicy): string {
  return JSON.stringify(policy);
}

function thresholdsForm(thresholds: CategoryThresholds): CategoryThresholdsForm {
  return {
    flag: String(thresholds.flag),
    hold: thresholds.hold === null ? '' : String(thresholds.hold),
    reject: thresholds.reject === null ? '' : String(thresholds.reject),
    isHoldOn: thresholds.hold !== null,
    isRejectOn: thresholds.reject !== null,
  };
}

function thresholdsFromForm(form: CategoryThresholdsForm): {
  flag: number | null;
  hold: number | null;
  reject: number | null;
} {
  return {
    flag: parseNumber(form.flag),
    hold: form.isHoldOn ? parseNumber(form.hold) : null,
    reject: form.isRejectOn ? parseNumber(form.reject) : null,
  };
}

function withCategory(
  form: PolicyForm,
  category: RiskCategory,
  thresholds: CategoryThresholdsForm,
): PolicyForm {
  return { ...form, categories: { ...form.categories, [category]: thresholds } };
}

function parseNumber(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}
