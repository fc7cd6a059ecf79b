// Consumers (the API) compile this file with their own tsconfig, which does not include the lib's ambient declarations,
// so the untyped vader-sentiment needs an explicit reference to its declaration here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vader-sentiment.d.ts" />
import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import type { ToneScores } from './german-tone';

/**
 * English tone: vader-sentiment's polarity_scores, but for a text without words, where it gives no shares at all
 * (pos = neu = neg = 0): that is all neutral, as the German scorer and the ToneScores contract (shares sum to 1) say.
 */
export function scoreEnglishTone(text: string): ToneScores {
  const { compound, pos, neu, neg } = SentimentIntensityAnalyzer.polarity_scores(text);
  return pos + neu + neg === 0 ? { compound, pos: 0, neu: 1, neg: 0 } : { compound, pos, neu, neg };
}
