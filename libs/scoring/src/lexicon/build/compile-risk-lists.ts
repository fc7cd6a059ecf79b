import { foldKey } from '../../text/fold';
import { compoundModifierForms, inflect } from './german-inflection';
import { compilePhrase, CompiledPhrase } from './phrase-pattern';
import { parseNumberField, parseTsv } from './tsv';
import { parseWordEntry, WordEntry } from './word-entry';

/** The word lists feeding the risk detectors. */
export const RISK_LIST_NAMES = ['insult', 'profanity', 'hate', 'threat'] as const;
/** A word list feeding a risk detector. */
export type RiskListName = (typeof RISK_LIST_NAMES)[number];

/** Kinds each list allows in its kind= option; `term` is the default for lists without kinds. */
const LIST_KINDS: Record<RiskListName, readonly string[]> = {
  insult: ['term'],
  profanity: ['term'],
  hate: ['slur', 'dehumanizing', 'identity'],
  threat: ['violence', 'annihilation'],
};

/** One list entry attached to a folded form: [list, kind, weight, lemma]. */
export type RiskTermData = readonly [RiskListName, string, number, string];

/** Risk categories a phrase may score, mirroring @tenor/contracts' RISK_CATEGORIES. */
const PHRASE_CATEGORIES = ['insult', 'profanity', 'threat', 'hate', 'spam', 'personalData'];

/** A phrase from data/de-risk-phrases.tsv, compiled. */
export interface RiskPhraseData extends CompiledPhrase {
  readonly pattern: string;
  readonly category: string;
  readonly rule: string;
  readonly weight: number;
}

/** The compiled risk word lists. */
export interface CompiledRiskLists {
  readonly terms: Map<string, RiskTermData[]>;
  readonly compoundHeads: Map<string, RiskTermData[]>;
  readonly compoundModifiers: Map<string, RiskTermData[]>;
  readonly phrases: RiskPhraseData[];
  readonly entryCount: number;
}

/** Source text of each risk list, by list name, plus the phrase file. */
export interface RiskListSources {
  readonly lists: Readonly<Record<RiskListName, { fileName: string; source: string }>>;
  readonly phrases: { fileName: string; source: string };
}

/** Compiles the risk lists: every entry inflected and folded, compound heads and modifiers indexed, phrases compiled. */
export function compileRiskLists(sources: RiskListSources): CompiledRiskLists {
  const terms = new Map<string, RiskTermData[]>();
  const compoundHeads = new Map<string, RiskTermData[]>();
  const compoundModifiers = new Map<string, RiskTermData[]>();
  const identityForms = new Set<string>();
  let entryCount = 0;

  for (const list of RISK_LIST_NAMES) {
    const { fileName, source } = sources.lists[list];
    const entries = parseTsv(source, fileName, 3).map((row) => parseWordEntry(row, fileName, [0, 1]));
    entryCount += entries.length;
    for (const entry of entries) {
      const kind = entry.options.kind ?? 'term';
      if (!LIST_KINDS[list].includes(kind))
        throw new Error(`${fileName}:${entry.line}: kind "${kind}" is not one of ${LIST_KINDS[list]}`);
      const data: RiskTermData = [list, kind, entry.value, entry.lemma];
      const forms = formsOf(entry);
      for (const form of forms) addTerm(terms, form, data);
      if (kind === 'identity') for (const form of forms) identityForms.add(form);
      if (entry.options.isCompoundHead) for (const form of forms) addTerm(compoundHeads, form, data);
      if (entry.options.isCompoundModifier) {
        for (const form of compoundModifierForms(entry.lemma))
          addTerm(compoundModifiers, foldKey(form), data);
      }
    }
  }

  const { fileName, source } = sources.phrases;
  const identityList = [...identityForms].sort();
  const phrases = parseTsv(source, fileName, 4).map((row): RiskPhraseData => {
    const [pattern, category, rule, weightText] = row.fields;
    if (!PHRASE_CATEGORIES.includes(category))
      throw new Error(`${fileName}:${row.line}: unknown category "${category}"`);
    if (!rule.startsWith(`${category}.`))
      throw new Error(`${fileName}:${row.line}: rule "${rule}" must start with "${category}."`);
    try {
      return {
        pattern,
        category,
        rule,
        weight: parseNumberField(weightText, fileName, row.line, 0, 1),
        ...compilePhrase(pattern, identityList),
      };
    } catch (error) {
      throw new Error(`${fileName}:${row.line}: ${(error as Error).message}`);
    }
  });
  return { terms, compoundHeads, compoundModifiers, phrases, entryCount };
}

function formsOf(entry: WordEntry): string[] {
  return [...new Set(inflect(entry).map((inflected) => foldKey(inflected.form)))];
}

/** Adds a list entry to a form, keeping one entry per list and kind (the heavier one). */
function addTerm(index: Map<string, RiskTermData[]>, form: string, data: RiskTermData): void {
  const existing = index.get(form);
  if (!existing) {
    index.set(form, [data]);
    return;
  }
  const same = existing.findIndex((other) => other[0] === data[0] && other[1] === data[1]);
  if (same < 0) existing.push(data);
  else if (existing[same][2] < data[2]) existing[same] = data;
}
