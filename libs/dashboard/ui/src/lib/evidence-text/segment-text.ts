import type { EvidenceSpan, RiskCategory } from '@tenor/contracts';

/** An evidence span together with the risk category whose rule produced it. */
export interface CategorizedEvidenceSpan extends EvidenceSpan {
  category: RiskCategory;
}

/** A maximal stretch of text covered by the same set of spans; plain text has no categories. */
export interface TextSegment {
  /** Offset of the segment in the whole text (UTF-16 code units). */
  start: number;
  text: string;
  /** Categories of the spans covering the segment, in order of first appearance in the span list. */
  categories: RiskCategory[];
  /** Rule ids of the spans covering the segment, in order of first appearance. */
  rules: string[];
}

/**
 * Cuts a text at every span boundary so overlapping and nested spans become disjoint segments,
 * each knowing every category and rule that covers it. Offsets outside the text are clamped; empty spans are ignored.
 */
export function segmentText(text: string, spans: readonly CategorizedEvidenceSpan[]): TextSegment[] {
  if (text.length === 0) {
    return [];
  }
  const usableSpans = spans
    .map((span) => ({ ...span, start: clampOffset(span.start, text.length), end: clampOffset(span.end, text.length) }))
    .filter((span) => span.end > span.start);
  const boundaries = new Set<number>([0, text.length]);
  for (const span of usableSpans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const offsets = [...boundaries].sort((left, right) => left - right);
  const segments: TextSegment[] = [];
  for (let index = 0; index < offsets.length - 1; index++) {
    const start = offsets[index];
    const end = offsets[index + 1];
    const covering = usableSpans.filter((span) => span.start <= start && span.end >= end);
    segments.push({
      start,
      text: text.slice(start, end),
      categories: unique(covering.map((span) => span.category)),
      rules: unique(covering.map((span) => span.rule)),
    });
  }
  return segments;
}

function clampOffset(offset: number, length: number): number {
  if (!Number.isFinite(offset)) {
    return 0;
  }
  return Math.min(Math.max(Math.trunc(offset), 0), length);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
