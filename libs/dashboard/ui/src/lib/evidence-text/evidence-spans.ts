import { RISK_CATEGORIES } from '@tenor/contracts';
import type { RiskResult } from '@tenor/contracts';
import type { CategorizedEvidenceSpan } from './segment-text';

/** Every category's evidence as one list, in the order of RISK_CATEGORIES; categories missing from the result are skipped. */
export function collectEvidenceSpans(risk: Pick<RiskResult, 'categories'>): CategorizedEvidenceSpan[] {
  return RISK_CATEGORIES.flatMap((category) =>
    (risk.categories?.[category]?.evidence ?? []).map((evidence) => ({ ...evidence, category })),
  );
}

/**
 * The spans that fall in one part of the scored text (the API scores `title + "\n" + body`), clipped to that part
 * and re-based to its own offsets, so the title and the body can each be rendered with their highlights.
 */
export function evidenceWithin(
  spans: readonly CategorizedEvidenceSpan[],
  partStart: number,
  partText: string,
): CategorizedEvidenceSpan[] {
  const partEnd = partStart + partText.length;
  return spans.flatMap((span) => {
    const start = Math.max(span.start, partStart);
    const end = Math.min(span.end, partEnd);
    if (end <= start) return [];
    return [{ ...span, start: start - partStart, end: end - partStart, text: partText.slice(start - partStart, end - partStart) }];
  });
}
