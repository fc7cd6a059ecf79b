import {
  RISK_COMPOUND_HEADS,
  RISK_COMPOUND_MODIFIERS,
  RISK_TERMS,
  RiskTermData,
} from '../lexicon/generated/de-risk-lists';
import { KeyFilter } from '../key-filter';
import type { WordToken } from '../text/word-tokens';
import type { TermMatchKind } from './risk-types';

/** A word needs this many letters before compound parts are looked for in it (Vollidiot has nine). */
const MIN_COMPOUND_WORD_LENGTH = 6;
/** The rest of a compound beside a known part must be at least this long (Politiker|idiot, Scheiß|tag). */
const MIN_COMPOUND_REST_LENGTH = 3;
/** Compound parts are indexed by this many letters at their free end, so each word costs one lookup per side. */
const INDEX_KEY_LENGTH = 3;
/** A masked word needs this many visible letters (F***e has two), else anything would match it. */
const MIN_VISIBLE_LETTERS = 2;
/** A lone mask character hides one to this many letters (A*loch for Arschloch); longer mask runs hide about their length. */
const MAX_LETTERS_PER_LONE_MASK = 6;

/** A list entry found in a word, and how. */
export interface TermMatch {
  readonly entry: RiskTermData;
  readonly match: TermMatchKind;
}

const NO_MATCHES: readonly TermMatch[] = [];

interface IndexedForm {
  readonly form: string;
  readonly entries: readonly RiskTermData[];
}

const DOUBLED_LETTERS = /([a-z])\1+/g;

/**
 * The risk word lists at run time: exact forms, forms with doubled letters collapsed (for stretched words), compound
 * heads by their last letters, compound first parts by their first letters, and every form by its first letters for
 * masked words.
 */
export class RiskLexicon {
  private readonly terms = new Map<string, readonly RiskTermData[]>(Object.entries(RISK_TERMS));
  /** A filter of the terms' forms: most words are none, which it says without a lookup in the map. */
  private readonly termFilter = new KeyFilter(this.terms.keys(), this.terms.size);
  private readonly collapsedTerms = new Map<string, readonly RiskTermData[]>();
  private readonly headsByEnding = new Map<string, IndexedForm[]>();
  private readonly modifiersByBeginning = new Map<string, IndexedForm[]>();
  /** Every form by its first letter and by its first INDEX_KEY_LENGTH letters, for masked words. */
  private readonly formsByBeginning = new Map<string, IndexedForm[]>();
  /** Every form, grouped by first letter (the order a masked word's candidates are weighed in, the first of equals winning). */
  private readonly allForms: readonly IndexedForm[];

  constructor() {
    for (const [form, entries] of this.terms) {
      const collapsed = form.replace(DOUBLED_LETTERS, '$1');
      if (!this.collapsedTerms.has(collapsed)) this.collapsedTerms.set(collapsed, entries);
      const indexed = { form, entries };
      pushTo(this.formsByBeginning, form[0], indexed);
      if (form.length >= INDEX_KEY_LENGTH)
        pushTo(this.formsByBeginning, form.slice(0, INDEX_KEY_LENGTH), indexed);
    }
    this.allForms = [...this.formsByBeginning].flatMap(([beginning, forms]) =>
      beginning.length === 1 ? forms : [],
    );
    for (const [form, entries] of Object.entries(RISK_COMPOUND_HEADS))
      pushTo(this.headsByEnding, form.slice(-INDEX_KEY_LENGTH), { form, entries });
    for (const [form, entries] of Object.entries(RISK_COMPOUND_MODIFIERS)) {
      pushTo(this.modifiersByBeginning, form.slice(0, INDEX_KEY_LENGTH), { form, entries });
    }
  }

  /** The word-list terms in a word: exactly, de-stretched, masked, or as a compound part. */
  termsIn(word: WordToken): readonly TermMatch[] {
    if (!word.isStretched) return this.analyse(word.text);
    const exact =
      this.terms.get(word.text) ?? this.collapsedTerms.get(word.text.replace(DOUBLED_LETTERS, '$1'));
    return exact ? toMatches(exact, 'exact') : this.analyse(word.text);
  }

  private analyse(text: string): readonly TermMatch[] {
    if (text.includes('*')) {
      const masked = this.matchMasked(text);
      return masked ? toMatches(masked, 'masked') : NO_MATCHES;
    }
    const exact = this.termFilter.mayHave(text) ? this.terms.get(text) : undefined;
    if (exact) return toMatches(exact, 'exact');
    if (text.length < MIN_COMPOUND_WORD_LENGTH) return NO_MATCHES;
    const head = longest(
      this.headsByEnding.get(text.slice(-INDEX_KEY_LENGTH)),
      (form) => text.endsWith(form),
      text,
    );
    const modifier = longest(
      this.modifiersByBeginning.get(text.slice(0, INDEX_KEY_LENGTH)),
      (form) => text.startsWith(form),
      text,
    );
    if (!head && !modifier) return NO_MATCHES;
    return [
      ...(head ? toMatches(head.entries, 'compound-head') : []),
      ...(modifier ? toMatches(modifier.entries, 'compound-modifier') : []),
    ];
  }

  /** a****loch → arschloch: visible letters fixed, each mask run standing for about as many letters; the heaviest match wins. */
  private matchMasked(text: string): readonly RiskTermData[] | undefined {
    const visibleLetters = text.replace(/\*/g, '').length;
    if (visibleLetters < MIN_VISIBLE_LETTERS) return undefined;
    const source = `^${text.replace(/\*+/g, (run) => (run.length === 1 ? `[a-z]{1,${MAX_LETTERS_PER_LONE_MASK}}` : `[a-z]{${run.length - 1},${run.length + 1}}`))}$`;
    // A form must begin with the visible letters before the first mask and end with those after the last: a cheap
    // test most forms fail, so the pattern is only compiled for the rest.
    const prefix = text.slice(0, text.indexOf('*'));
    const suffix = text.slice(text.lastIndexOf('*') + 1);
    const candidates =
      prefix.length === 0
        ? this.allForms
        : (this.formsByBeginning.get(
            prefix.slice(0, prefix.length >= INDEX_KEY_LENGTH ? INDEX_KEY_LENGTH : 1),
          ) ?? []);
    let pattern: RegExp | undefined;
    let best: IndexedForm | undefined;
    for (const candidate of candidates) {
      if (!candidate.form.startsWith(prefix) || !candidate.form.endsWith(suffix)) continue;
      pattern ??= new RegExp(source);
      if (!pattern.test(candidate.form)) continue;
      if (!best || heaviest(candidate.entries) > heaviest(best.entries)) best = candidate;
    }
    return best?.entries;
  }
}

function pushTo(index: Map<string, IndexedForm[]>, key: string, value: IndexedForm): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function longest(
  candidates: readonly IndexedForm[] | undefined,
  fits: (form: string) => boolean,
  word: string,
): IndexedForm | undefined {
  if (!candidates) return undefined;
  let best: IndexedForm | undefined;
  for (const candidate of candidates) {
    if (word.length - candidate.form.length < MIN_COMPOUND_REST_LENGTH || !fits(candidate.form)) continue;
    if (!best || candidate.form.length > best.form.length) best = candidate;
  }
  return best;
}

function heaviest(entries: readonly RiskTermData[]): number {
  let weight = 0;
  for (const entry of entries) if (entry[2] > weight) weight = entry[2];
  return weight;
}

function toMatches(entries: readonly RiskTermData[], match: TermMatchKind): TermMatch[] {
  return entries.map((entry) => ({ entry, match }));
}

let sharedRiskLexicon: RiskLexicon | undefined;

/** The process-wide risk lexicon, built on first use. */
export function getRiskLexicon(): RiskLexicon {
  sharedRiskLexicon ??= new RiskLexicon();
  return sharedRiskLexicon;
}
