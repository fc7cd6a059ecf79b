import type { RiskCategory } from '@tenor/contracts';

/** Every risk category, in the order of @tenor/contracts' RISK_CATEGORIES (a spec keeps the two equal; a type check keeps this complete). */
export const RISK_CATEGORY_ORDER = [
  'insult',
  'profanity',
  'threat',
  'hate',
  'spam',
  'personalData',
] as const satisfies readonly RiskCategory[];

type MissingCategory = Exclude<RiskCategory, (typeof RISK_CATEGORY_ORDER)[number]>;
/** Fails to compile when the contract gains a category this list lacks. */
export const HAS_EVERY_CATEGORY: [MissingCategory] extends [never] ? true : never = true;
