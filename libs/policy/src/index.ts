export * from './lib/default-policy';
export * from './lib/validation/policy-validation';
export {
  MAX_NOTE_LENGTH,
  MAX_REGEX_ENTRIES,
  MAX_REGEX_LENGTH,
  MAX_TERM_LENGTH,
  MAX_WORD_LIST_ENTRIES,
} from './lib/validation/word-list-validation';
export { findRegexHazard } from './lib/regex-safety/regex-safety';
export * from './lib/policy-diff';
export * from './lib/german-labels';
export * from './lib/compile-policy';
export * from './lib/policy-queue';
export * from './lib/precision-recall';
export { sectionKey } from './lib/sections';
