import type { Language, RiskCategory, ScoreResult } from '@tenor/contracts';
import { detectLanguageFromCounts } from './language/detect-language';
import { RISK_DETECTORS } from './risk/detectors';
import { RISK_CATEGORY_ORDER } from './risk/risk-categories';
import { getShippedOffenseModel } from './model/shipped-offense-model';
import type { OffenseModel } from './model/offense-model';
import { createOffenseSignal } from './model/offense-signal';
import { RiskEvaluator } from './risk/risk-evaluator';
import { buildRiskInput } from './risk/risk-input';
import type { RiskInput } from './risk/risk-types';
import { scoreEnglishTone } from './sentiment/english-tone';
import { scoreGermanToneOf, ToneScores } from './sentiment/german-tone';
import { DEFAULT_TONE_THRESHOLDS, labelTone, ToneThresholds } from './sentiment/tone-label';
import { SCORER_VERSION } from './scorer-version';
import { normalizeText } from './text/normalize';
import { tokenizeWords } from './text/word-tokens';
import type { OffenseWordMemos } from './model/offense-features';
import { getWordProfiles, WordProfiles } from './word-profiles';

/** Scorer settings; every one optional with a default that works. */
export interface ScorerOptions {
  /** Compound cut-offs for the tone label; default VADER's ±0.05. */
  toneThresholds?: { positive: number; negative: number };
  /** A category is flagged when its score is at least this; default DEFAULT_FLAG_THRESHOLDS (0.5 for each category). */
  flagThreshold?: number;
  /** The learned offense model raising the insult category; default the shipped one, null for the detectors alone. */
  offenseModel?: OffenseModel | null;
}

/** Scores comments: language, tone, risk. */
export interface Scorer {
  readonly version: string;
  /** Scores one text; `hint.language` skips language detection. Synchronous and pure. */
  score(text: string, hint?: { language?: Language }): ScoreResult;
}

/** Default flag threshold per category: 0.5, the middle of the 0..1 scale every detector's weights are written against. */
export const DEFAULT_FLAG_THRESHOLDS: Readonly<Record<RiskCategory, number>> = {
  insult: 0.5,
  profanity: 0.5,
  threat: 0.5,
  hate: 0.5,
  spam: 0.5,
  personalData: 0.5,
};

/** The scorer's reading of one comment before risk: language, tone, the detectors' input, and its words' offense memos. */
export interface CommentAnalysis {
  readonly language: Language;
  readonly tone: ToneScores;
  readonly riskInput: RiskInput;
  /** For the words of riskInput.words: what the offense model remembers of them. */
  readonly offenseWordMemos: OffenseWordMemos;
}

/** Reads one comment the way the scorer does: normalize, tokenize, profile each word once, detect language, tone, risk input. */
export function analyseComment(
  text: string,
  hint?: { language?: Language },
  wordProfiles: WordProfiles = getWordProfiles(),
): CommentAnalysis {
  const normalized = normalizeText(text);
  const words = tokenizeWords(normalized);
  const profiles = wordProfiles.profileWords(normalized, words);
  const language =
    hint?.language ??
    detectLanguageFromCounts(profiles.germanWords, profiles.englishWords, normalized.umlautCount);
  const tone =
    language === 'en' ? scoreEnglishTone(text) : scoreGermanToneOf(normalized, words, profiles.toneInfos);
  const riskInput = buildRiskInput(normalized, words, profiles.riskFacts);
  return { language, tone, riskInput, offenseWordMemos: profiles.offenseMemos };
}

/**
 * Creates a scorer; the word lists and the offense model load once per process (well under 300 ms), then score() is
 * synchronous and pure.
 */
export function createScorer(options: ScorerOptions = {}): Scorer {
  const toneThresholds = validateToneThresholds(options.toneThresholds ?? DEFAULT_TONE_THRESHOLDS);
  const flagThresholds = flagThresholdsFor(options.flagThreshold);
  const wordProfiles = getWordProfiles();
  const offenseModel = options.offenseModel === undefined ? getShippedOffenseModel() : options.offenseModel;
  const signals = offenseModel === null ? [] : [createOffenseSignal(offenseModel)];
  const evaluator = new RiskEvaluator(RISK_DETECTORS, flagThresholds, signals);
  return {
    version: SCORER_VERSION,
    score(text: string, hint?: { language?: Language }): ScoreResult {
      const analysis = analyseComment(text, hint, wordProfiles);
      const { language, tone } = analysis;
      return {
        language,
        sentiment: {
          compound: tone.compound,
          pos: tone.pos,
          neu: tone.neu,
          neg: tone.neg,
          label: labelTone(tone.compound, toneThresholds),
        },
        risk: evaluator.evaluate(analysis.riskInput, {
          language,
          tone,
          offenseWordMemos: analysis.offenseWordMemos,
        }),
        scorerVersion: SCORER_VERSION,
      };
    },
  };
}

function validateToneThresholds(thresholds: ToneThresholds): ToneThresholds {
  const { positive, negative } = thresholds;
  if (
    !Number.isFinite(positive) ||
    !Number.isFinite(negative) ||
    negative > positive ||
    positive > 1 ||
    negative < -1
  ) {
    throw new RangeError(
      `toneThresholds must satisfy -1 <= negative <= positive <= 1, got ${negative} and ${positive}`,
    );
  }
  return { positive, negative };
}

function flagThresholdsFor(flagThreshold: number | undefined): Readonly<Record<RiskCategory, number>> {
  if (flagThreshold === undefined) return DEFAULT_FLAG_THRESHOLDS;
  if (!Number.isFinite(flagThreshold) || flagThreshold <= 0 || flagThreshold > 1) {
    throw new RangeError(`flagThreshold must be in (0, 1], got ${flagThreshold}`);
  }
  return Object.fromEntries(RISK_CATEGORY_ORDER.map((category) => [category, flagThreshold])) as Record<
    RiskCategory,
    number
  >;
}
