// Consumers (the API) compile this file with their own tsconfig, which does not include the lib's ambient declarations,
// so the untyped vader-sentiment needs an explicit reference to its declaration here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vader-sentiment.d.ts" />
import { SentimentIntensityAnalyzer } from 'vader-sentiment';
import type { ToneScores } from './german-tone';

/** English tone: exactly vader-sentiment's polarity_scores. */
export function scoreEnglishTone(text: string): ToneScores {
  const { compound, pos, neu, neg } = SentimentIntensityAnalyzer.polarity_scores(text);
  return { compound, pos, neu, neg };
}
