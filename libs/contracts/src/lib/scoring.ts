/** Languages the scorer tells apart. */
export const LANGUAGES = ['de', 'en'] as const;
/** A language the scorer tells apart. */
export type Language = (typeof LANGUAGES)[number];

/** Tone labels, from compound against the label thresholds. */
export const TONE_LABELS = ['negative', 'neutral', 'positive'] as const;
/** A tone label. */
export type ToneLabel = (typeof TONE_LABELS)[number];

/** Risk categories, each scored 0..1 with evidence. */
export const RISK_CATEGORIES = ['insult', 'profanity', 'threat', 'hate', 'spam', 'personalData'] as const;
/** A risk category. */
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** A stretch of the comment text that made a rule fire; offsets are UTF-16 code units into the original text, end exclusive. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** Tone: VADER-style compound in −1..1 and the positive, neutral and negative shares (summing to 1). */
export interface ToneResult {
  compound: number;
  pos: number;
  neu: number;
  neg: number;
  label: ToneLabel;
}

/** One risk category's verdict. */
export interface CategoryRisk {
  score: number;
  flagged: boolean;
  evidence: EvidenceSpan[];
}

/** Every category's verdict, and the overall risk: the highest category score. */
export interface RiskResult {
  score: number;
  flagged: boolean;
  categories: Record<RiskCategory, CategoryRisk>;
}

/** What the scorer says about one text. */
export interface ScoreResult {
  language: Language;
  sentiment: ToneResult;
  risk: RiskResult;
  scorerVersion: string;
}
