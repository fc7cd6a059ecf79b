import { languageVote } from './language/detect-language';
import { getRiskWordFacts, RiskWordFacts, WordFacts } from './risk/word-facts';
import { getGermanToneLexicon, GermanToneLexicon, ToneWordInfo } from './sentiment/german-tone-lexicon';
import type { WordToken } from './text/word-tokens';

/** Everything the scorer's stages need to know about one normalized word. */
export interface WordProfile {
  readonly tone: ToneWordInfo;
  readonly risk: WordFacts;
  /** +1 German function word, −1 English, 0 neither. */
  readonly languageVote: number;
}

/** Words are remembered with their profile; past this many the memory is cleared, bounding it to a few MB. */
const PROFILE_MEMORY_LIMIT = 100_000;

/**
 * One lookup per word for language, tone and risk: a comment's words are profiled once, and each distinct word is
 * remembered, since comments reuse their vocabulary. Stretched words (idiooot) are profiled afresh, as their lookups
 * depend on the stretch.
 */
export class WordProfiles {
  private readonly memory = new Map<string, WordProfile>();

  constructor(
    private readonly toneLexicon: GermanToneLexicon,
    private readonly riskFacts: RiskWordFacts,
  ) {}

  /** The profile of one word. */
  profileOf(word: WordToken): WordProfile {
    if (word.isStretched) return this.profile(word);
    const remembered = this.memory.get(word.text);
    if (remembered !== undefined) return remembered;
    const profile = this.profile(word);
    if (this.memory.size >= PROFILE_MEMORY_LIMIT) this.memory.clear();
    this.memory.set(word.text, profile);
    return profile;
  }

  private profile(word: WordToken): WordProfile {
    return {
      tone: this.toneLexicon.analyseToken(word.text, word.isStretched),
      risk: this.riskFacts.analyse(word),
      languageVote: languageVote(word.text),
    };
  }
}

let sharedProfiles: WordProfiles | undefined;

/** The process-wide word profiles, built on first use. */
export function getWordProfiles(): WordProfiles {
  sharedProfiles ??= new WordProfiles(getGermanToneLexicon(), getRiskWordFacts());
  return sharedProfiles;
}
