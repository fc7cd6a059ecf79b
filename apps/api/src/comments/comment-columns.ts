import {
  type CommentView,
  RISK_CATEGORIES,
  type RiskCategory,
  type RiskResult,
  type ScoreResult,
} from '@tenor/contracts';
import type { CommentEntity, StoredEvidence } from './comment.entity';

type NumberField = 'riskInsult' | 'riskProfanity' | 'riskThreat' | 'riskHate' | 'riskSpam' | 'riskPersonalData';
type BooleanField = 'flagInsult' | 'flagProfanity' | 'flagThreat' | 'flagHate' | 'flagSpam' | 'flagPersonalData';

/** The entity fields and database columns that hold each risk category. */
export const RISK_CATEGORY_FIELDS: Record<RiskCategory, { score: NumberField; flag: BooleanField; flagColumn: string }> = {
  insult: { score: 'riskInsult', flag: 'flagInsult', flagColumn: 'flag_insult' },
  profanity: { score: 'riskProfanity', flag: 'flagProfanity', flagColumn: 'flag_profanity' },
  threat: { score: 'riskThreat', flag: 'flagThreat', flagColumn: 'flag_threat' },
  hate: { score: 'riskHate', flag: 'flagHate', flagColumn: 'flag_hate' },
  spam: { score: 'riskSpam', flag: 'flagSpam', flagColumn: 'flag_spam' },
  personalData: { score: 'riskPersonalData', flag: 'flagPersonalData', flagColumn: 'flag_personal_data' },
};

/** The score columns of a comment row, from a scorer result. */
export function scoreColumns(score: ScoreResult): Partial<CommentEntity> {
  const columns: Partial<Record<keyof CommentEntity, unknown>> = {
    language: score.language,
    toneCompound: score.sentiment.compound,
    tonePos: score.sentiment.pos,
    toneNeu: score.sentiment.neu,
    toneNeg: score.sentiment.neg,
    toneLabel: score.sentiment.label,
    riskScore: score.risk.score,
    isFlagged: score.risk.flagged,
    scorerVersion: score.scorerVersion,
  };
  const evidence: StoredEvidence = {};
  for (const category of RISK_CATEGORIES) {
    const verdict = score.risk.categories[category];
    columns[RISK_CATEGORY_FIELDS[category].score] = verdict.score;
    columns[RISK_CATEGORY_FIELDS[category].flag] = verdict.flagged;
    if (verdict.evidence.length > 0) evidence[category] = verdict.evidence;
  }
  columns.evidence = evidence;
  return columns as Partial<CommentEntity>;
}

function riskOf(comment: CommentEntity): RiskResult {
  const categories = Object.fromEntries(
    RISK_CATEGORIES.map((category) => [
      category,
      {
        score: comment[RISK_CATEGORY_FIELDS[category].score],
        flagged: Boolean(comment[RISK_CATEGORY_FIELDS[category].flag]),
        evidence: comment.evidence[category] ?? [],
      },
    ]),
  ) as RiskResult['categories'];
  return { score: comment.riskScore, flagged: Boolean(comment.isFlagged), categories };
}

/** The API view of a stored comment. */
export function toCommentView(comment: CommentEntity, articleTitle: string): CommentView {
  return {
    id: comment.id,
    externalId: comment.externalId,
    articleId: comment.articleId,
    articleTitle,
    author: comment.author,
    postedAt: comment.postedAt,
    title: comment.title,
    body: comment.body,
    language: comment.language,
    sentiment: {
      compound: comment.toneCompound,
      pos: comment.tonePos,
      neu: comment.toneNeu,
      neg: comment.toneNeg,
      label: comment.toneLabel,
    },
    risk: riskOf(comment),
    status: comment.status,
    isHeld: Boolean(comment.isHeld),
    policyVersion: comment.policyVersion,
    scorerVersion: comment.scorerVersion,
    version: comment.version,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}

/** The text the scorer reads: the title line, when there is one, then the body. */
export function scoredText(comment: { title?: string | null; body: string }): string {
  return comment.title ? `${comment.title}\n${comment.body}` : comment.body;
}
