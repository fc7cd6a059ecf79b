import type { OffenseFeatureConfig } from './offense-features';
import type { OffenseExample, OffenseTrainingOptions } from './offense-training';

/** Small features for fast specs: 2^12 buckets are plenty for a few dozen sentences. */
const TOY_FEATURES: OffenseFeatureConfig = {
  hashBits: 12,
  charNgramMin: 3,
  charNgramMax: 5,
  hasWordBigrams: true,
  hasSymbolFeatures: false,
};

/** Training options for specs: small features, no threshold search. */
export const TOY_TRAINING_OPTIONS: OffenseTrainingOptions = {
  features: TOY_FEATURES,
  regularization: 1,
  isClassBalanced: true,
  naiveBayesSmoothing: 0,
  thresholdFolds: 0,
  bags: 1,
  seed: 1,
  maxIterations: 200,
};

const FRAMES = [
  'Der {} kommt morgen wieder vorbei',
  'Heute stand ein {} vor der Tür',
  'Ich habe den {} gestern gesehen',
  'Schon wieder dieser {} hier',
  'Wer hat den {} eingeladen?',
];

/**
 * A separable toy set in otherwise harmless sentences: the made-up words of one family (Blorfkopf …) are "offense",
 * the other family (Wumpelchen …) is not, so only the n-grams can tell them apart.
 */
export function toySeparableExamples(): OffenseExample[] {
  const offensive = ['Blorfkopf', 'Blorfhirn', 'Blorfling'];
  const harmless = ['Wumpelchen', 'Wumpelhund', 'Wumpelmann'];
  return FRAMES.flatMap((frame) => [
    ...offensive.map((word) => ({ text: frame.replace('{}', word), isOffense: true })),
    ...harmless.map((word) => ({ text: frame.replace('{}', word), isOffense: false })),
  ]);
}
