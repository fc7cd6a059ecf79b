/** The learned offense model: training (also continued on a site's own decisions), storage, scoring and evaluation metrics. */
export {
  continueTraining,
  DEFAULT_OFFENSE_TRAINING_OPTIONS,
  offenseTrainingRows,
  trainOffenseModel,
  trainOffenseModelOnRows,
  trainOffenseModelWithCrossValidation,
} from './offense-training';
export type {
  ContinueTrainingOptions,
  OffenseCrossValidation,
  OffenseExample,
  OffenseTrainingOptions,
  OffenseTrainingRow,
} from './offense-training';
export { OffenseClassifier } from './offense-model';
export type { OffenseModel } from './offense-model';
export { DEFAULT_OFFENSE_FEATURE_CONFIG, DENSE_FEATURE_NAMES } from './offense-features';
export type { OffenseFeatureConfig } from './offense-features';
export { analyseOffenseText } from './offense-input';
export { getShippedOffenseModel } from './shipped-offense-model';
export { MODEL_OFFENSE_RULE } from './offense-signal';
export {
  decodeBase64,
  deserializeOffenseModel,
  encodeBase64,
  serializeOffenseModel,
} from './model-serialization';
export {
  areaUnderCurve,
  bestMacroF1Threshold,
  binaryReport,
  classScores,
  confusionOf,
  multiClassReport,
  stratifiedFolds,
} from './evaluation-metrics';
export type { BinaryReport, ClassScores, Confusion } from './evaluation-metrics';
export {
  DEFAULT_HELD_BACK_SHARE,
  offenseModelQuality,
  retrainOnDecisions,
  splitHeldBack,
} from './offense-retraining';
export type { DecidedOffenseExample, RetrainingOptions, RetrainingResult } from './offense-retraining';
