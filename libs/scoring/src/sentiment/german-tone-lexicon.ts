import {
  DE_ADJECTIVE_HEADS,
  DE_COMPOUND_MODIFIERS,
  DE_NEUTRAL_FORMS,
  DE_NEUTRAL_NOUN_HEADS,
  DE_NOUN_HEADS,
  DE_TONE_FORMS_BY_VALENCE,
} from '../lexicon/generated/de-lexicon';
import {
  DE_BOOSTERS,
  DE_CLAUSE_CONTRAST_WORDS,
  DE_COMPOUND_INTENSIFIERS,
  DE_CONCESSIVE_WORDS,
  DE_CONTRAST_WORDS,
  DE_DAMPENERS,
  DE_IDIOMS,
  DE_NEGATORS,
  DE_NEVER_COMPANIONS,
  DE_NEVER_WORDS,
  EMOJI_VALENCES,
} from '../lexicon/generated/de-modifiers';
import {
  COMPOUND_CACHE_LIMIT,
  COMPOUND_MODIFIER_WEIGHT,
  MASK_LETTERS_PER_LONE_ASTERISK,
  MIN_COMPOUND_HEAD_LENGTH,
  MIN_COMPOUND_MODIFIER_LENGTH,
  MIN_VISIBLE_LETTERS_OF_MASKED_WORD,
  NON_COMPOUND_FIRST_PARTS,
  PRIVATIVE_HEADS,
} from './german-tone-constants';
import { KeyFilter } from '../key-filter';
import { B_DECR, B_INCR } from './vader-constants';

/** Bit flags of a word's roles in VADER's rules. */
export const WordFlag = {
  Negator: 1,
  Contrast: 2,
  Never: 4,
  NeverCompanion: 8,
  IdiomEnd: 16,
  ClauseContrast: 32,
  Concessive: 64,
} as const;

/** What the tone rules need to know about one word. */
export interface ToneWordInfo {
  /** Lexicon valence, undefined for a neutral word. */
  readonly valence: number | undefined;
  /** B_INCR for a booster, B_DECR for a dampener, 0 otherwise. */
  readonly boosterScalar: number;
  /** WordFlag bits. */
  readonly flags: number;
}

const NEUTRAL_WORD: ToneWordInfo = { valence: undefined, boosterScalar: 0, flags: 0 };

/** Whether a word has a WordFlag. */
export function hasFlag(info: ToneWordInfo, flag: number): boolean {
  return (info.flags & flag) !== 0;
}
/** A compound head of the neutral list. */
const NEUTRAL_HEAD: CompoundHead = { valence: 0, isNoun: true };

/** A German idiom: folded words and the valence replacing theirs. */
export interface ToneIdiom {
  readonly words: readonly string[];
  readonly valence: number;
}

/**
 * Bits of the compound-head filter: 2^19 (64 KB) with two bits per head (a Bloom filter's two probes) for about
 * 31,000 heads let about one ending in eighty through that is no head ((1 − e^(−2·31,000/2^19))² ≈ 1.2%), so a word
 * rarely looks up the head map, a lookup of several cache misses, for nothing. (One bit in 2^18 let one in nine
 * through.)
 */
const HEAD_FILTER_BIT_COUNT_LOG2 = 19;
const HEAD_FILTER_BITS = 1 << HEAD_FILTER_BIT_COUNT_LOG2;
/** FNV-1a (published offset basis and prime) over a head from its last letter backwards. */
const HEAD_HASH_SEED = 0x811c9dc5;
function headHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
/** The first filter bit of a head hash: its top bits after a Fibonacci multiply (2^32 / golden ratio) mixes them. */
function headFilterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - HEAD_FILTER_BIT_COUNT_LOG2);
}
/** The second filter bit: the same with another odd multiplier (murmur3's first fmix32 constant). */
function secondHeadFilterBit(hash: number): number {
  return Math.imul(hash, 0x85ebca6b) >>> (32 - HEAD_FILTER_BIT_COUNT_LOG2);
}

/** Masked words whose visible beginning has this many letters look only at the forms beginning with them. */
const MASKED_PREFIX_INDEX_LENGTH = 3;
/** Shortest word worth a compound analysis: modifier plus head. */
const MIN_COMPOUND_LENGTH = MIN_COMPOUND_MODIFIER_LENGTH + MIN_COMPOUND_HEAD_LENGTH;
/** Linking elements between the parts of a compound, longest first. */
const LINKING_ELEMENTS = ['es', 'en', 's', 'n'];
const DOUBLED_LETTERS = /([a-z])\1+/g;
const MASK_RUNS = /\*+/g;

/** A compound head: its valence (0 for a head of the neutral list, which ends the search for shorter heads). */
interface CompoundHead {
  readonly valence: number;
  readonly isNoun: boolean;
}

/**
 * The German tone lexicon at run time: folded form → valence and VADER role flags, and compound analysis (longest
 * known head, intensifying first parts, valenced first parts on neutral heads). Built once from the generated modules
 * and never changed; only the memory of analysed words outside it grows (and is reset past a limit).
 */
export class GermanToneLexicon {
  private readonly valences = new Map<string, number>();
  /** Compound heads: noun forms, and adjective forms (used only after an intensifier), with their valence; neutral nouns with 0. */
  private readonly heads = new Map<string, CompoundHead>();
  /** A Bloom filter of the compound heads (two bits per head, HEAD_FILTER_BITS of them): a clear bit means no head. */
  private readonly headFilter = new Int32Array(HEAD_FILTER_BITS / 32);
  /** Length of the longest compound head. */
  private readonly longestHeadLength: number;
  /** The head lengths one word may split at (reused; analyseCompound is not re-entrant). */
  private headLengthCandidates = new Int32Array(0);
  private readonly compoundModifiers: ReadonlyMap<string, number>;
  /** Compound modifiers by their first letters, longest first, so the longest fitting one is found first. */
  private readonly modifiersByBeginning = new Map<string, { form: string; valence: number }[]>();
  private readonly compoundIntensifiers: ReadonlySet<string>;
  private readonly idiomsByLastWord = new Map<string, ToneIdiom[]>();
  /** The lexicon's own words, modifier words and neutral words, fixed. */
  private readonly lexiconInfos = new Map<string, ToneWordInfo>();
  /** A filter of lexiconInfos' keys: most words analysed afresh are not in the lexicon, which it says without a lookup. */
  private readonly lexiconFilter: KeyFilter;
  /** Remembered analyses of words outside the lexicon; reset past COMPOUND_CACHE_LIMIT. */
  private derivedInfos = new Map<string, ToneWordInfo>();
  /**
   * Negative forms by their first letter and by their first MASKED_PREFIX_INDEX_LENGTH letters, for masked words
   * (a****loch); built on the first masked word.
   */
  private negativeFormsByBeginning: Map<string, string[]> | undefined;

  constructor() {
    const plainInfos = new Map<number, ToneWordInfo>();
    const plainInfo = (valence: number): ToneWordInfo => {
      let info = plainInfos.get(valence);
      if (info === undefined) {
        info = { valence, boosterScalar: 0, flags: 0 };
        plainInfos.set(valence, info);
      }
      return info;
    };
    for (const [valence, forms] of DE_TONE_FORMS_BY_VALENCE) {
      const info = plainInfo(valence);
      for (const form of forms) {
        this.valences.set(form, valence);
        this.lexiconInfos.set(form, info);
      }
    }
    for (const symbol in EMOJI_VALENCES) {
      const valence = EMOJI_VALENCES[symbol];
      this.valences.set(symbol, valence);
      this.lexiconInfos.set(symbol, plainInfo(valence));
    }
    for (const form of DE_NEUTRAL_FORMS) this.lexiconInfos.set(form, NEUTRAL_WORD);
    for (const form of DE_ADJECTIVE_HEADS) this.addHead(form, false);
    for (const form of DE_NOUN_HEADS) this.addHead(form, true);
    for (const form of DE_NEUTRAL_NOUN_HEADS) this.heads.set(form, NEUTRAL_HEAD);
    let longestHeadLength = 0;
    for (const form of this.heads.keys()) {
      if (form.length < MIN_COMPOUND_HEAD_LENGTH) continue;
      let hash = HEAD_HASH_SEED;
      for (let index = form.length - 1; index >= 0; index--)
        hash = headHashStep(hash, form.charCodeAt(index));
      const bit = headFilterBit(hash);
      this.headFilter[bit >>> 5] |= 1 << (bit & 31);
      const secondBit = secondHeadFilterBit(hash);
      this.headFilter[secondBit >>> 5] |= 1 << (secondBit & 31);
      longestHeadLength = Math.max(longestHeadLength, form.length);
    }
    this.longestHeadLength = longestHeadLength;
    this.compoundModifiers = new Map(Object.entries(DE_COMPOUND_MODIFIERS));
    const modifiersLongestFirst = [...this.compoundModifiers].sort(([a], [b]) => b.length - a.length);
    for (const [form, valence] of modifiersLongestFirst) {
      if (form.length < MIN_COMPOUND_MODIFIER_LENGTH) continue;
      pushTo(this.modifiersByBeginning, form.slice(0, MIN_COMPOUND_MODIFIER_LENGTH), { form, valence });
    }
    this.compoundIntensifiers = new Set(DE_COMPOUND_INTENSIFIERS);
    const idiomsLongestFirst = [...DE_IDIOMS].sort((a, b) => b.words.length - a.words.length);
    for (const idiom of idiomsLongestFirst)
      pushTo(this.idiomsByLastWord, idiom.words[idiom.words.length - 1], idiom);
    this.addModifierWords();
    this.lexiconFilter = new KeyFilter(this.lexiconInfos.keys(), this.lexiconInfos.size);
  }

  /** Gives boosters, dampeners and the words VADER's rules key on their scalar and flags, on top of any valence. */
  private addModifierWords(): void {
    const boosterScalars = new Map<string, number>();
    for (const word of DE_DAMPENERS) boosterScalars.set(word, B_DECR);
    for (const word of DE_BOOSTERS) boosterScalars.set(word, B_INCR);
    const flagWords: [readonly string[], number][] = [
      [DE_NEGATORS, WordFlag.Negator],
      [DE_CONTRAST_WORDS, WordFlag.Contrast],
      [DE_CLAUSE_CONTRAST_WORDS, WordFlag.Contrast | WordFlag.ClauseContrast],
      [DE_CONCESSIVE_WORDS, WordFlag.Concessive],
      [DE_NEVER_WORDS, WordFlag.Never],
      [DE_NEVER_COMPANIONS, WordFlag.NeverCompanion],
      [[...this.idiomsByLastWord.keys()], WordFlag.IdiomEnd],
    ];
    const flags = new Map<string, number>();
    for (const [words, flag] of flagWords)
      for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
    for (const key of new Set([...boosterScalars.keys(), ...flags.keys()])) {
      this.lexiconInfos.set(key, {
        valence: this.valences.get(key),
        boosterScalar: boosterScalars.get(key) ?? 0,
        flags: flags.get(key) ?? 0,
      });
    }
  }

  /** The lexicon valence of a folded form (lexicon, emoji), undefined for words outside it. */
  valenceOf(key: string): number | undefined {
    return this.valences.get(key);
  }

  /** Everything the tone rules need to know about a folded word (words outside the lexicon are analysed once and remembered). */
  infoOf(key: string): ToneWordInfo {
    const known = this.lexiconInfos.get(key) ?? this.derivedInfos.get(key);
    if (known !== undefined) return known;
    const info = this.derivedInfo(key);
    if (this.derivedInfos.size >= COMPOUND_CACHE_LIMIT) this.derivedInfos = new Map();
    this.derivedInfos.set(key, info);
    return info;
  }

  /** The info of a token; a stretched word (guuut, normalized to two letters) also tries its doubled letters collapsed (gut). */
  tokenInfo(key: string, isStretched: boolean): ToneWordInfo {
    const info = this.infoOf(key);
    return isStretched && info.valence === undefined ? this.infoOf(key.replace(DOUBLED_LETTERS, '$1')) : info;
  }

  /** As tokenInfo, without remembering the word (for callers that remember words themselves). */
  analyseToken(key: string, isStretched: boolean): ToneWordInfo {
    const info =
      (this.lexiconFilter.mayHave(key) ? this.lexiconInfos.get(key) : undefined) ?? this.derivedInfo(key);
    return isStretched && info.valence === undefined
      ? this.analyseToken(key.replace(DOUBLED_LETTERS, '$1'), false)
      : info;
  }

  /** The idioms whose last word this is. */
  idiomsEndingWith(key: string): readonly ToneIdiom[] | undefined {
    return this.idiomsByLastWord.get(key);
  }

  private addHead(form: string, isNoun: boolean): void {
    const valence = this.valences.get(form);
    if (valence === undefined || valence === 0) return;
    this.heads.set(form, { valence, isNoun: isNoun || (this.heads.get(form)?.isNoun ?? false) });
  }

  /** A word outside the lexicon: valenced when it is a masked word, a hyphenated word or a compound with known parts, else neutral. */
  private derivedInfo(key: string): ToneWordInfo {
    const isMasked = key.includes('*');
    if (key.length < MIN_COMPOUND_LENGTH && !key.includes('-') && !isMasked) return NEUTRAL_WORD;
    const valence = isMasked ? this.maskedValence(key) : this.analyse(key);
    return valence === undefined ? NEUTRAL_WORD : { valence, boosterScalar: 0, flags: 0 };
  }

  private analyse(key: string): number | undefined {
    if (key.includes('-')) return this.analyseHyphenated(key);
    return this.analyseCompound(key);
  }

  /**
   * a****loch → arschloch, sch***e → scheisse: the visible letters fixed, a lone * standing for one to
   * MASK_LETTERS_PER_LONE_ASTERISK letters and a longer run for about as many letters as it has. People mask rude
   * words, so only negative forms are candidates, and of several the most negative wins.
   */
  private maskedValence(key: string): number | undefined {
    if (key.replace(MASK_RUNS, '').length < MIN_VISIBLE_LETTERS_OF_MASKED_WORD || key[0] === '*')
      return undefined;
    let minLength = 0;
    let maxLength = 0;
    const source = `^${key.replace(MASK_RUNS, (run) => {
      const fewest = run.length === 1 ? 1 : run.length - 1;
      const most = run.length === 1 ? MASK_LETTERS_PER_LONE_ASTERISK : run.length + 1;
      minLength += fewest - run.length;
      maxLength += most - run.length;
      return `[a-z]{${fewest},${most}}`;
    })}$`;
    minLength += key.length;
    maxLength += key.length;
    // The visible letters before the first mask and after the last must begin and end a form; most forms fail that
    // cheap test, and the pattern is only compiled for the rest.
    const prefix = key.slice(0, key.indexOf('*'));
    const suffix = key.slice(key.lastIndexOf('*') + 1);
    let pattern: RegExp | undefined;
    let best: number | undefined;
    for (const form of this.negativeFormsStartingWith(prefix)) {
      if (form.length < minLength || form.length > maxLength) continue;
      if (!form.startsWith(prefix) || !form.endsWith(suffix)) continue;
      pattern ??= new RegExp(source);
      if (!pattern.test(form)) continue;
      const valence = this.valences.get(form) as number;
      if (best === undefined || valence < best) best = valence;
    }
    return best;
  }

  /** Negative forms that may start with `prefix` (at least one letter): all that share its first letters, as indexed. */
  private negativeFormsStartingWith(prefix: string): readonly string[] {
    if (this.negativeFormsByBeginning === undefined) {
      this.negativeFormsByBeginning = new Map();
      for (const [form, valence] of this.valences) {
        if (valence >= 0) continue;
        pushTo(this.negativeFormsByBeginning, form[0], form);
        if (form.length >= MASKED_PREFIX_INDEX_LENGTH)
          pushTo(this.negativeFormsByBeginning, form.slice(0, MASKED_PREFIX_INDEX_LENGTH), form);
      }
    }
    const beginning = prefix.slice(
      0,
      prefix.length >= MASKED_PREFIX_INDEX_LENGTH ? MASKED_PREFIX_INDEX_LENGTH : 1,
    );
    return this.negativeFormsByBeginning.get(beginning) ?? [];
  }

  /** Spionage-Streit: the last part is the head; a valenced first part colours a neutral head. */
  private analyseHyphenated(key: string): number | undefined {
    const parts = key.split('-').filter((part) => part.length > 0);
    if (parts.length === 0) return undefined;
    const head = parts[parts.length - 1];
    const headValence =
      this.valences.get(head) ??
      (head.length >= MIN_COMPOUND_LENGTH ? this.analyseCompound(head) : undefined);
    if (headValence !== undefined || parts.length === 1) return headValence;
    const modifier = this.compoundModifiers.get(parts[0]);
    return modifier === undefined ? undefined : modifier * COMPOUND_MODIFIER_WEIGHT;
  }

  /**
   * Longest known noun head first (Existenz|angst); an adjective head only after an intensifier (grotten|schlecht).
   * An intensifying first part adds VADER's booster increment (Voll|idiot). A neutral head (Angriffs|krieg, Waffen|
   * stillstand) ends the search, so no shorter head is guessed inside it; a bare prefix is no first part (ver|danken).
   * With no valenced head, the longest valenced
   * first part colours the compound (Ramsch|währung, Drecks|regierung), reversed before privative -frei/-los.
   */
  private analyseCompound(key: string): number | undefined {
    const candidateCount = this.findHeadLengthCandidates(key);
    const candidates = this.headLengthCandidates;
    for (let candidate = candidateCount - 1; candidate >= 0; candidate--) {
      const split = key.length - candidates[candidate];
      const head = this.heads.get(key.slice(split));
      if (head === undefined) continue;
      if (head.valence === 0) break;
      if (NON_COMPOUND_FIRST_PARTS.has(key.slice(0, split))) continue;
      if (this.compoundIntensifiers.has(key.slice(0, split)))
        return head.valence + (head.valence > 0 ? B_INCR : -B_INCR);
      if (head.isNoun) return head.valence;
    }
    for (const ending of PRIVATIVE_HEADS) {
      if (key.length - ending.length < MIN_COMPOUND_MODIFIER_LENGTH || !key.endsWith(ending)) continue;
      const base = this.privativeBaseValence(key.slice(0, -ending.length));
      if (base !== undefined) return -base * COMPOUND_MODIFIER_WEIGHT;
    }
    for (const modifier of this.modifiersByBeginning.get(key.slice(0, MIN_COMPOUND_MODIFIER_LENGTH)) ?? []) {
      if (key.length - modifier.form.length >= MIN_COMPOUND_HEAD_LENGTH && key.startsWith(modifier.form)) {
        return modifier.valence * COMPOUND_MODIFIER_WEIGHT;
      }
    }
    return undefined;
  }

  /**
   * The lengths at which the end of `key` may be a compound head, shortest first, into headLengthCandidates (returns
   * how many): every length from MIN_COMPOUND_HEAD_LENGTH that leaves a first part of MIN_COMPOUND_MODIFIER_LENGTH and
   * passes the head filter. One pass from the end of the word hashes every ending, with no slice and no map lookup.
   */
  private findHeadLengthCandidates(key: string): number {
    const longest = Math.min(key.length - MIN_COMPOUND_MODIFIER_LENGTH, this.longestHeadLength);
    if (this.headLengthCandidates.length < longest) this.headLengthCandidates = new Int32Array(longest);
    const candidates = this.headLengthCandidates;
    const filter = this.headFilter;
    let count = 0;
    let hash = HEAD_HASH_SEED;
    for (let length = 1; length <= longest; length++) {
      hash = headHashStep(hash, key.charCodeAt(key.length - length));
      if (length < MIN_COMPOUND_HEAD_LENGTH) continue;
      const bit = headFilterBit(hash);
      if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
      const secondBit = secondHeadFilterBit(hash);
      if ((filter[secondBit >>> 5] & (1 << (secondBit & 31))) !== 0) candidates[count++] = length;
    }
    return count;
  }

  /** Before -frei/-los any lexicon word may stand, with a linking -s, -es, -n or -en (fehler|frei, hoffnungs|los, sorgen|frei). */
  private privativeBaseValence(base: string): number | undefined {
    const modifier = this.compoundModifiers.get(base) ?? this.valences.get(base);
    if (modifier !== undefined) return modifier;
    for (const linking of LINKING_ELEMENTS) {
      if (base.length > linking.length + 2 && base.endsWith(linking)) {
        const valence = this.valences.get(base.slice(0, -linking.length));
        if (valence !== undefined) return valence;
      }
    }
    return undefined;
  }
}

function pushTo<Value>(index: Map<string, Value[]>, key: string, value: Value): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

let sharedLexicon: GermanToneLexicon | undefined;

/** The process-wide German tone lexicon, built on first use. */
export function getGermanToneLexicon(): GermanToneLexicon {
  sharedLexicon ??= new GermanToneLexicon();
  return sharedLexicon;
}
