import {
  DE_ADJECTIVE_HEADS,
  DE_COMPOUND_MODIFIERS,
  DE_NOUN_HEADS,
  DE_TONE_VALENCES,
} from '../lexicon/generated/de-lexicon';
import {
  DE_BOOSTERS,
  DE_COMPOUND_INTENSIFIERS,
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
  MIN_COMPOUND_HEAD_LENGTH,
  MIN_COMPOUND_MODIFIER_LENGTH,
  PRIVATIVE_HEADS,
} from './german-tone-constants';
import { B_DECR, B_INCR } from './vader-constants';

/** Bit flags of a word's roles in VADER's rules. */
export const WordFlag = { Negator: 1, Contrast: 2, Never: 4, NeverCompanion: 8, IdiomEnd: 16 } as const;

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

/** A German idiom: folded words and the valence replacing theirs. */
export interface ToneIdiom {
  readonly words: readonly string[];
  readonly valence: number;
}

/** Shortest word worth a compound analysis: modifier plus head. */
const MIN_COMPOUND_LENGTH = MIN_COMPOUND_MODIFIER_LENGTH + MIN_COMPOUND_HEAD_LENGTH;
/** Linking elements between the parts of a compound, longest first. */
const LINKING_ELEMENTS = ['es', 'en', 's', 'n'];
const DOUBLED_LETTERS = /([a-z])\1+/g;

/**
 * The German tone lexicon at run time: folded form → valence and VADER role flags, and compound analysis (longest
 * known head, intensifying first parts, valenced first parts on neutral heads). Built once from the generated modules
 * and never changed; only the memory of analysed words outside it grows (and is reset past a limit).
 */
export class GermanToneLexicon {
  private readonly valences: ReadonlyMap<string, number>;
  /** Compound heads: noun forms, and adjective forms (used only after an intensifier), with their valence. */
  private readonly heads = new Map<string, { valence: number; isNoun: boolean }>();
  private readonly compoundModifiers: ReadonlyMap<string, number>;
  /** Compound modifiers by their first letters, longest first, so the longest fitting one is found first. */
  private readonly modifiersByBeginning = new Map<string, { form: string; valence: number }[]>();
  private readonly compoundIntensifiers: ReadonlySet<string>;
  private readonly idiomsByLastWord = new Map<string, ToneIdiom[]>();
  /** The lexicon's own words and modifier words, fixed. */
  private readonly lexiconInfos = new Map<string, ToneWordInfo>();
  /** The lexicon's words plus remembered analyses of other words (one lookup for both); reset past COMPOUND_CACHE_LIMIT. */
  private wordInfos: Map<string, ToneWordInfo>;
  private derivedCount = 0;

  constructor() {
    const valences = new Map<string, number>(Object.entries(DE_TONE_VALENCES));
    for (const [symbol, valence] of Object.entries(EMOJI_VALENCES)) valences.set(symbol, valence);
    this.valences = valences;
    for (const form of DE_ADJECTIVE_HEADS) this.addHead(form, false);
    for (const form of DE_NOUN_HEADS) this.addHead(form, true);
    this.compoundModifiers = new Map(Object.entries(DE_COMPOUND_MODIFIERS));
    const modifiersLongestFirst = [...this.compoundModifiers].sort(([a], [b]) => b.length - a.length);
    for (const [form, valence] of modifiersLongestFirst) {
      if (form.length < MIN_COMPOUND_MODIFIER_LENGTH) continue;
      pushTo(this.modifiersByBeginning, form.slice(0, MIN_COMPOUND_MODIFIER_LENGTH), { form, valence });
    }
    this.compoundIntensifiers = new Set(DE_COMPOUND_INTENSIFIERS);
    for (const idiom of DE_IDIOMS) pushTo(this.idiomsByLastWord, idiom.words[idiom.words.length - 1], idiom);

    const boosterScalars = new Map<string, number>([
      ...DE_DAMPENERS.map((word): [string, number] => [word, B_DECR]),
      ...DE_BOOSTERS.map((word): [string, number] => [word, B_INCR]),
    ]);
    const flagWords: [readonly string[], number][] = [
      [DE_NEGATORS, WordFlag.Negator],
      [DE_CONTRAST_WORDS, WordFlag.Contrast],
      [DE_NEVER_WORDS, WordFlag.Never],
      [DE_NEVER_COMPANIONS, WordFlag.NeverCompanion],
      [[...this.idiomsByLastWord.keys()], WordFlag.IdiomEnd],
    ];
    const flags = new Map<string, number>();
    for (const [words, flag] of flagWords)
      for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
    for (const key of new Set([...valences.keys(), ...boosterScalars.keys(), ...flags.keys()])) {
      this.lexiconInfos.set(key, {
        valence: valences.get(key),
        boosterScalar: boosterScalars.get(key) ?? 0,
        flags: flags.get(key) ?? 0,
      });
    }
    this.wordInfos = new Map(this.lexiconInfos);
  }

  /** Everything the tone rules need to know about a folded word, from one lookup (remembered for words outside the lexicon). */
  infoOf(key: string): ToneWordInfo {
    const known = this.wordInfos.get(key);
    if (known !== undefined) return known;
    const info = this.derivedInfo(key);
    if (this.derivedCount >= COMPOUND_CACHE_LIMIT) {
      this.wordInfos = new Map(this.lexiconInfos);
      this.derivedCount = 0;
    }
    this.wordInfos.set(key, info);
    this.derivedCount++;
    return info;
  }

  /** The info of a token; a stretched word (guuut, normalized to two letters) also tries its doubled letters collapsed (gut). */
  tokenInfo(key: string, isStretched: boolean): ToneWordInfo {
    const info = this.infoOf(key);
    return isStretched && info.valence === undefined ? this.infoOf(key.replace(DOUBLED_LETTERS, '$1')) : info;
  }

  /** As tokenInfo, without remembering the word (for callers that remember words themselves). */
  analyseToken(key: string, isStretched: boolean): ToneWordInfo {
    const info = this.lexiconInfos.get(key) ?? this.derivedInfo(key);
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
    if (valence === undefined) return;
    this.heads.set(form, { valence, isNoun: isNoun || (this.heads.get(form)?.isNoun ?? false) });
  }

  /** A word outside the lexicon: valenced when it is a hyphenated word or compound with known parts, else neutral. */
  private derivedInfo(key: string): ToneWordInfo {
    if (key.length < MIN_COMPOUND_LENGTH && !key.includes('-')) return NEUTRAL_WORD;
    const valence = this.analyse(key);
    return valence === undefined ? NEUTRAL_WORD : { valence, boosterScalar: 0, flags: 0 };
  }

  private analyse(key: string): number | undefined {
    if (key.includes('-')) return this.analyseHyphenated(key);
    return this.analyseCompound(key);
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
   * An intensifying first part adds VADER's booster increment (Voll|idiot). With no known head, the longest valenced
   * first part colours the compound (Ramsch|währung, Drecks|regierung), reversed before privative -frei/-los.
   */
  private analyseCompound(key: string): number | undefined {
    for (let split = MIN_COMPOUND_MODIFIER_LENGTH; split <= key.length - MIN_COMPOUND_HEAD_LENGTH; split++) {
      const head = this.heads.get(key.slice(split));
      if (head === undefined) continue;
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
