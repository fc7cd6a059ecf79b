import {
  type CategoryThresholds,
  type ModerationPolicy,
  RISK_CATEGORIES,
  type RiskCategory,
} from '@tenor/contracts';
import { sectionKey } from '../sections';
import {
  checkKeys,
  childPath,
  isRecord,
  readNumber,
  readTrimmedText,
  ValidationErrors,
} from './field-checks';
import { validateWordLists } from './word-list-validation';

/** The answer of validatePolicy: the policy (a clean copy) and no errors, or no policy and one line per problem. */
export type PolicyValidation = { policy: ModerationPolicy; errors: [] } | { policy: null; errors: string[] };

/** Longest section name, as an article's section is stored. */
export const MAX_SECTION_LENGTH = 100;

const POLICY_KEYS = ['tone', 'categories', 'premoderatedSections', 'wordLists'] as const;
const THRESHOLD_KEYS = ['flag', 'hold', 'reject'] as const;

/**
 * Checks a policy as an admin sends it, every field, and returns either a clean copy (only the known keys) or every
 * problem as "<field path>: <message>", in the API's class-validator style (`categories.insult.reject: must not be
 * below the flag threshold (0.5)`). Unknown and missing keys are errors. Rules: tone -1 ≤ negative < positive ≤ 1;
 * all six categories with flag in (0, 1], hold and reject null or in (0, 1], reject ≥ flag, hold ≤ reject; sections
 * unique (trimmed, case-insensitive), non-empty, trimmed, ≤ 100 characters; word lists (see word-list-validation.ts)
 * at most 5,000 entries, terms that mean something after folding, regexes that compile and cannot backtrack badly.
 */
export function validatePolicy(input: unknown): PolicyValidation {
  const errors = new ValidationErrors();
  if (!isRecord(input)) return { policy: null, errors: ['policy: must be an object'] };
  const hasAllKeys = checkKeys(errors, input, '', POLICY_KEYS);
  const tone = 'tone' in input ? validateTone(errors, input.tone) : undefined;
  const categories = 'categories' in input ? validateCategories(errors, input.categories) : undefined;
  const premoderatedSections =
    'premoderatedSections' in input ? validateSections(errors, input.premoderatedSections) : undefined;
  const wordLists = 'wordLists' in input ? validateWordLists(errors, input.wordLists) : undefined;
  if (
    !hasAllKeys ||
    errors.messages.length > 0 ||
    tone === undefined ||
    categories === undefined ||
    premoderatedSections === undefined ||
    wordLists === undefined
  )
    return { policy: null, errors: errors.messages };
  return { policy: { tone, categories, premoderatedSections, wordLists }, errors: [] };
}

function validateTone(errors: ValidationErrors, value: unknown): ModerationPolicy['tone'] | undefined {
  if (!isRecord(value)) {
    errors.add('tone', 'must be an object');
    return undefined;
  }
  if (!checkKeys(errors, value, 'tone', ['positive', 'negative'])) return undefined;
  const positive = readNumber(errors, value.positive, 'tone.positive');
  const negative = readNumber(errors, value.negative, 'tone.negative');
  if (positive === undefined || negative === undefined) return undefined;
  const before = errors.messages.length;
  if (positive > 1) errors.add('tone.positive', 'must not be greater than 1');
  if (negative < -1) errors.add('tone.negative', 'must not be less than -1');
  if (negative >= positive) errors.add('tone.negative', `must be below tone.positive (${positive})`);
  return errors.messages.length > before ? undefined : { positive, negative };
}

function validateCategories(
  errors: ValidationErrors,
  value: unknown,
): Record<RiskCategory, CategoryThresholds> | undefined {
  if (!isRecord(value)) {
    errors.add('categories', 'must be an object');
    return undefined;
  }
  const hasAll = checkKeys(errors, value, 'categories', RISK_CATEGORIES);
  const categories = {} as Record<RiskCategory, CategoryThresholds>;
  let isValid = hasAll;
  for (const category of RISK_CATEGORIES) {
    if (!(category in value)) continue;
    const thresholds = validateThresholds(errors, value[category], `categories.${category}`);
    if (thresholds === undefined) isValid = false;
    else categories[category] = thresholds;
  }
  return isValid ? categories : undefined;
}

function validateThresholds(
  errors: ValidationErrors,
  value: unknown,
  path: string,
): CategoryThresholds | undefined {
  if (!isRecord(value)) {
    errors.add(path, 'must be an object');
    return undefined;
  }
  if (!checkKeys(errors, value, path, THRESHOLD_KEYS)) return undefined;
  const before = errors.messages.length;
  const flag = readThreshold(errors, value.flag, childPath(path, 'flag'), false);
  const hold = readThreshold(errors, value.hold, childPath(path, 'hold'), true);
  const reject = readThreshold(errors, value.reject, childPath(path, 'reject'), true);
  if (
    errors.messages.length > before ||
    flag === undefined ||
    flag === null ||
    hold === undefined ||
    reject === undefined
  )
    return undefined;
  if (reject !== null && reject < flag)
    errors.add(childPath(path, 'reject'), `must not be below the flag threshold (${flag})`);
  if (hold !== null && reject !== null && hold > reject)
    errors.add(childPath(path, 'hold'), `must not be above the reject threshold (${reject})`);
  return errors.messages.length > before ? undefined : { flag, hold, reject };
}

/** A threshold in (0, 1], or null where allowed; undefined after reporting. */
function readThreshold(
  errors: ValidationErrors,
  value: unknown,
  path: string,
  isNullable: boolean,
): number | null | undefined {
  if (value === null && isNullable) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.add(path, isNullable ? 'must be a number or null' : 'must be a number');
    return undefined;
  }
  if (value <= 0) errors.add(path, 'must be greater than 0');
  else if (value > 1) errors.add(path, 'must not be greater than 1');
  else return value;
  return undefined;
}

function validateSections(errors: ValidationErrors, value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.add('premoderatedSections', 'must be an array');
    return undefined;
  }
  const sections: string[] = [];
  const firstIndexOf = new Map<string, number>();
  let isValid = true;
  value.forEach((item, index) => {
    const path = `premoderatedSections[${index}]`;
    const section = readTrimmedText(errors, item, path, MAX_SECTION_LENGTH);
    if (section === undefined) {
      isValid = false;
      return;
    }
    const first = firstIndexOf.get(sectionKey(section));
    if (first !== undefined) {
      errors.add(path, `duplicates premoderatedSections[${first}] ("${section}")`);
      isValid = false;
      return;
    }
    firstIndexOf.set(sectionKey(section), index);
    sections.push(section);
  });
  return isValid ? sections : undefined;
}
