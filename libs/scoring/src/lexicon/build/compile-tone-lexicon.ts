import { foldKey } from '../../text/fold';
import { emojiKey } from '../../text/emoji-key';
import { compoundModifierForms, inflect } from './german-inflection';
import { parseTsv, parseNumberField } from './tsv';
import {
  parseWordEntry,
  parseWordEntryOptions,
  PARTS_OF_SPEECH,
  PartOfSpeech,
  WordEntry,
} from './word-entry';

/** VADER's valence scale, which the German lexicon shares. */
const VALENCE_RANGE = [-4, 4] as const;

/** Priority of a form's source when two entries generate the same folded form: a lemma beats a written form beats a rule's guess. */
const FormPriority = { Generated: 0, Explicit: 1, Lemma: 2 } as const;

/** The tone lexicon compiled from data/de-lexicon.tsv and data/de-neutral.tsv. */
export interface CompiledToneLexicon {
  readonly lemmaCount: number;
  /** Lemmas of the neutral list (words without tone by decision). */
  readonly neutralLemmaCount: number;
  /** Folded form → valence. */
  readonly valences: Map<string, number>;
  /** Folded noun forms, and forms of adjectives marked `head`, that may end any compound (Drecks|regierung, deutsch|feindlich). */
  readonly nounHeads: Set<string>;
  /** Folded adjective forms that may end a compound after an intensifier (stink|faul, grotten|schlecht). */
  readonly adjectiveHeads: Set<string>;
  /** Folded modifier forms with linking elements → valence (ramsch, drecks, luegen). */
  readonly compoundModifiers: Map<string, number>;
  /** Folded forms of the neutral list: no tone, and never analysed as compounds. */
  readonly neutralForms: Set<string>;
  /** Folded neutral noun forms that end a compound as its (toneless) head (Angriffs|krieg, Waffen|stillstand). */
  readonly neutralNounHeads: Set<string>;
  /** Forms two entries disagree on, with the valence that won; printed by the build script. */
  readonly conflicts: string[];
}

/** A data file's name and text. */
export interface DataSource {
  readonly fileName: string;
  readonly source: string;
}

/**
 * Compiles the tone lexicon: inflects every lemma, folds every form, resolves collisions by priority then file order.
 * Forms of the neutral list, when given, win over lexicon forms of lower priority (the verb "sorgen" over the plural of
 * Sorge) and lemma over lemma (the noun Schaden over the verb schaden); otherwise the lexicon form keeps its valence
 * (verletzende stays with verletzend). A lemma in both lists with the same part of speech is an error.
 */
export function compileToneLexicon(
  source: string,
  fileName: string,
  neutral: DataSource = { fileName: 'none', source: '' },
): CompiledToneLexicon {
  const entries = parseTsv(source, fileName, 3).map((row) => parseWordEntry(row, fileName, VALENCE_RANGE));
  assertUniqueLemmas(entries, fileName);
  const valences = new Map<string, number>();
  const priorities = new Map<string, number>();
  const conflicts: string[] = [];
  const nounHeads = new Set<string>();
  const adjectiveHeads = new Set<string>();
  const compoundModifiers = new Map<string, number>();

  for (const entry of entries) {
    for (const { form, isExplicit } of inflect(entry)) {
      const key = foldKey(form);
      const priority = formPriority(entry, form, isExplicit);
      const existing = valences.get(key);
      const existingPriority = priorities.get(key) ?? -1;
      if (existing === undefined || priority > existingPriority) {
        valences.set(key, entry.value);
        priorities.set(key, priority);
      } else if (existing !== entry.value && priority === existingPriority) {
        conflicts.push(
          `${key}: ${existing} kept, ${entry.value} from ${entry.lemma} (line ${entry.line}) dropped`,
        );
      }
      if (entry.options.isExcludedAsHead) continue;
      if (entry.partOfSpeech === 'noun' || entry.options.isCompoundHead) nounHeads.add(key);
      if (entry.partOfSpeech === 'adj') adjectiveHeads.add(key);
    }
    if (entry.options.isCompoundModifier) {
      for (const form of compoundModifierForms(entry.lemma))
        compoundModifiers.set(foldKey(form), entry.value);
    }
  }

  const neutralEntries = parseNeutralEntries(neutral);
  assertUniqueLemmas(neutralEntries, neutral.fileName);
  const lexiconLemmas = new Map(
    entries.map((entry) => [`${foldKey(entry.lemma)}\t${entry.partOfSpeech}`, entry.line]),
  );
  const neutralForms = new Set<string>();
  const neutralNounHeads = new Set<string>();
  for (const entry of neutralEntries) {
    const lexiconLine = lexiconLemmas.get(`${foldKey(entry.lemma)}\t${entry.partOfSpeech}`);
    if (lexiconLine !== undefined) {
      throw new Error(
        `${neutral.fileName}:${entry.line}: ${entry.lemma} is also a lemma of ${fileName} (line ${lexiconLine})`,
      );
    }
    for (const { form, isExplicit } of inflect(entry)) {
      const key = foldKey(form);
      const priority = formPriority(entry, form, isExplicit);
      const existingPriority = priorities.get(key);
      const isNeutralStronger =
        existingPriority === undefined ||
        priority > existingPriority ||
        (priority === FormPriority.Lemma && existingPriority === FormPriority.Lemma);
      if (!isNeutralStronger) {
        conflicts.push(`${key}: valence ${valences.get(key)} kept over neutral ${entry.lemma}`);
        continue;
      }
      if (existingPriority !== undefined) {
        conflicts.push(`${key}: neutral ${entry.lemma} (line ${entry.line}) replaces ${valences.get(key)}`);
        valences.delete(key);
        nounHeads.delete(key);
        adjectiveHeads.delete(key);
      }
      neutralForms.add(key);
      if (entry.partOfSpeech === 'noun' && !entry.options.isExcludedAsHead) neutralNounHeads.add(key);
    }
  }
  return {
    lemmaCount: entries.length,
    neutralLemmaCount: neutralEntries.length,
    valences,
    nounHeads,
    adjectiveHeads,
    compoundModifiers,
    neutralForms,
    neutralNounHeads,
    conflicts,
  };
}

function formPriority(entry: WordEntry, form: string, isExplicit: boolean): number {
  if (form === entry.lemma) return FormPriority.Lemma;
  return isExplicit ? FormPriority.Explicit : FormPriority.Generated;
}

/** Rows of data/de-neutral.tsv: lemma, part of speech, options (as in de-lexicon.tsv, without a valence). */
function parseNeutralEntries(neutral: DataSource): WordEntry[] {
  return parseTsv(neutral.source, neutral.fileName, 2).map((row) => {
    const [lemma, partOfSpeechText, optionsText = ''] = row.fields;
    const position = `${neutral.fileName}:${row.line}`;
    if (!(PARTS_OF_SPEECH as readonly string[]).includes(partOfSpeechText))
      throw new Error(`${position}: unknown part of speech "${partOfSpeechText}"`);
    if (/\s/.test(lemma)) throw new Error(`${position}: a lemma is one word: "${lemma}"`);
    return {
      lemma,
      value: 0,
      partOfSpeech: partOfSpeechText as PartOfSpeech,
      options: parseWordEntryOptions(optionsText, position),
      line: row.line,
    };
  });
}

function assertUniqueLemmas(entries: readonly WordEntry[], fileName: string): void {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.lemma}\t${entry.partOfSpeech}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new Error(
        `${fileName}:${entry.line}: ${entry.lemma} (${entry.partOfSpeech}) already on line ${previous}`,
      );
    }
    seen.set(key, entry.line);
  }
}

/** Kinds of German tone modifier, as in data/de-modifiers.tsv. */
export const MODIFIER_KINDS = [
  'booster',
  'dampener',
  'negator',
  'contrast',
  'clause-contrast',
  'concessive',
  'never',
  'never-companion',
  'compound-intensifier',
] as const;
/** A kind of German tone modifier. */
export type ModifierKind = (typeof MODIFIER_KINDS)[number];

/** The modifier words compiled from data/de-modifiers.tsv, folded, by kind. */
export type CompiledModifiers = Record<ModifierKind, string[]>;

/** Compiles the modifier words; boosters and dampeners marked adj also get their inflected forms (ziemliche, totalen). */
export function compileModifiers(source: string, fileName: string): CompiledModifiers {
  const result = Object.fromEntries(
    MODIFIER_KINDS.map((kind) => [kind, [] as string[]]),
  ) as unknown as CompiledModifiers;
  for (const row of parseTsv(source, fileName, 2)) {
    const [word, kindText, option = ''] = row.fields;
    if (!(MODIFIER_KINDS as readonly string[]).includes(kindText)) {
      throw new Error(`${fileName}:${row.line}: unknown modifier kind "${kindText}"`);
    }
    if (option !== '' && option !== 'adj')
      throw new Error(`${fileName}:${row.line}: unknown option "${option}"`);
    const kind = kindText as ModifierKind;
    const forms =
      option === 'adj'
        ? inflect({
            lemma: word,
            value: 0,
            partOfSpeech: 'adj',
            line: row.line,
            options: ADJECTIVE_WITHOUT_COMPARISON,
          }).map((inflected) => inflected.form)
        : [word];
    for (const form of forms) result[kind].push(foldKey(form));
  }
  for (const kind of MODIFIER_KINDS) result[kind] = [...new Set(result[kind])].sort();
  return result;
}

const ADJECTIVE_WITHOUT_COMPARISON = {
  hasComparison: false,
  extraForms: [],
  isCompoundModifier: false,
  isCompoundHead: false,
  isExcludedAsHead: false,
} as const;

/** A German idiom: folded words and the valence replacing theirs. */
export interface CompiledIdiom {
  readonly words: readonly string[];
  readonly valence: number;
}

/** Compiles data/de-idioms.tsv. */
export function compileIdioms(source: string, fileName: string): CompiledIdiom[] {
  return parseTsv(source, fileName, 2).map((row) => ({
    words: row.fields[0].split(' ').map(foldKey),
    valence: parseNumberField(row.fields[1], fileName, row.line, VALENCE_RANGE[0], VALENCE_RANGE[1]),
  }));
}

/** Compiles data/emoji.tsv: symbol (emoticons lower-cased) → valence. */
export function compileEmoji(source: string, fileName: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const row of parseTsv(source, fileName, 2)) {
    const valence = parseNumberField(row.fields[1], fileName, row.line, VALENCE_RANGE[0], VALENCE_RANGE[1]);
    result.set(emojiKey(row.fields[0]).toLowerCase(), valence);
  }
  return result;
}
