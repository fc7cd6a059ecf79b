import { parseNumberField, TsvRow } from './tsv';

/** Parts of speech the inflection generator knows. */
export const PARTS_OF_SPEECH = ['adj', 'noun', 'verb', 'inv'] as const;
/** A part of speech of a word-list entry. */
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** The options column of a word-list row (see the header of data/de-lexicon.tsv). */
export interface WordEntryOptions {
  /** Noun plurals replacing the heuristic; an empty list means the noun has none. */
  readonly plurals?: readonly string[];
  readonly comparativeStem?: string;
  readonly superlativeStem?: string;
  /** Whether comparative and superlative forms are generated for an adjective. */
  readonly hasComparison: boolean;
  readonly separablePrefix?: string;
  readonly preteriteStem?: string;
  readonly participle?: string;
  readonly extraForms: readonly string[];
  /** Whether the word also colours compounds that start with it (Ramsch → Ramschwährung). */
  readonly isCompoundModifier: boolean;
  /** Whether the word also counts at the end of a compound (Politikeridiot); risk lists only. */
  readonly isCompoundHead: boolean;
  /** Whether the word must never be taken as the head of a compound (Ehre would match Lehre). */
  readonly isExcludedAsHead: boolean;
  /** A list-specific kind, e.g. slur or identity in the hate list. */
  readonly kind?: string;
}

/** One row of a word list: a lemma with a number (valence or weight), a part of speech and options. */
export interface WordEntry {
  readonly lemma: string;
  readonly value: number;
  readonly partOfSpeech: PartOfSpeech;
  readonly options: WordEntryOptions;
  readonly line: number;
}

const FLAG_OPTIONS = new Set(['nocmp', 'mod', 'head', 'nohead']);
const VALUE_OPTIONS = new Set(['pl', 'cmp', 'sup', 'sep', 'pret', 'pp', 'forms', 'kind']);

/** Parses a word-list row: lemma, number, part of speech, options. */
export function parseWordEntry(
  row: TsvRow,
  fileName: string,
  valueRange: readonly [number, number],
): WordEntry {
  const [lemma, valueText, partOfSpeechText, optionsText = ''] = row.fields;
  if (!(PARTS_OF_SPEECH as readonly string[]).includes(partOfSpeechText)) {
    throw new Error(`${fileName}:${row.line}: unknown part of speech "${partOfSpeechText}"`);
  }
  if (/\s/.test(lemma)) throw new Error(`${fileName}:${row.line}: a lemma is one word: "${lemma}"`);
  return {
    lemma,
    value: parseNumberField(valueText, fileName, row.line, valueRange[0], valueRange[1]),
    partOfSpeech: partOfSpeechText as PartOfSpeech,
    options: parseWordEntryOptions(optionsText, `${fileName}:${row.line}`),
    line: row.line,
  };
}

/** Parses the options column of a word-list row; `position` (file:line) prefixes errors. */
export function parseWordEntryOptions(text: string, position: string): WordEntryOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const token of text.split(/\s+/).filter((part) => part !== '')) {
    const equals = token.indexOf('=');
    if (equals < 0) {
      if (!FLAG_OPTIONS.has(token)) throw new Error(`${position}: unknown option "${token}"`);
      flags.add(token);
      continue;
    }
    const name = token.slice(0, equals);
    if (!VALUE_OPTIONS.has(name)) throw new Error(`${position}: unknown option "${name}"`);
    values.set(name, token.slice(equals + 1));
  }
  const list = (name: string): string[] | undefined => {
    const value = values.get(name);
    if (value === undefined) return undefined;
    return value === '-' ? [] : value.split(',').filter((part) => part !== '');
  };
  return {
    plurals: list('pl'),
    comparativeStem: values.get('cmp'),
    superlativeStem: values.get('sup'),
    hasComparison: !flags.has('nocmp'),
    separablePrefix: values.get('sep'),
    preteriteStem: values.get('pret'),
    participle: values.get('pp'),
    extraForms: list('forms') ?? [],
    isCompoundModifier: flags.has('mod'),
    isCompoundHead: flags.has('head'),
    isExcludedAsHead: flags.has('nohead'),
    kind: values.get('kind'),
  };
}
