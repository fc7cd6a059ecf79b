import type { CommentTrendPoint, DecisionTrendPoint, TrendBucket, TrendSeries } from '@tenor/contracts';
import type { TrendChartTexts } from '../lib/trend-chart/trend-chart-layout';

/** Texts for the option builder specs (English, so the expectations read plainly). */
export const TEXTS: TrendChartTexts = {
  locale: 'de-DE',
  meanCompound: 'Mean tone',
  volume: 'Comments',
  flaggedShare: 'Flagged',
  decisions: 'Decisions',
  previous: 'Previous: {series}',
  shareAxis: 'Share',
  toneAxis: 'Tone',
  countAxis: 'Count',
  publication: 'Published',
  alert: 'Alert',
  tones: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  categories: {
    insult: 'Insult',
    profanity: 'Profanity',
    threat: 'Threat',
    hate: 'Hate',
    spam: 'Spam',
    personalData: 'Personal data',
  },
  actions: { approve: 'Approval', reject: 'Rejection', escalate: 'Escalation', undo: 'Undo' },
};

/** An hourly comment bucket starting at `hour` on 2024-03-05 (Berlin is UTC+1 then). */
export function commentPoint(
  hour: number,
  count: number,
  overrides: Partial<CommentTrendPoint> = {},
): CommentTrendPoint {
  const start = new Date(Date.UTC(2024, 2, 5, hour - 1));
  return {
    label: `2024-03-05 ${String(hour).padStart(2, '0')}:00`,
    start: start.toISOString(),
    end: new Date(start.getTime() + 3_600_000).toISOString(),
    count,
    meanCompound: count === 0 ? null : 0.25,
    positiveShare: count === 0 ? 0 : 0.5,
    neutralShare: count === 0 ? 0 : 0.25,
    negativeShare: count === 0 ? 0 : 0.25,
    flagged: 0,
    flaggedShare: 0,
    categories: { insult: 0, profanity: 0, threat: 0, hate: 0, spam: 0, personalData: 0 },
    ...overrides,
  };
}

/** A decision bucket like commentPoint's. */
export function decisionPoint(hour: number, approve: number, reject: number): DecisionTrendPoint {
  const { label, start, end } = commentPoint(hour, 0);
  return { label, start, end, total: approve + reject, actions: { approve, reject, escalate: 0, undo: 0 } };
}

/** A series answering an hourly query. */
export function seriesOf<Point>(
  points: Point[],
  previous: Point[] | null = null,
  bucket: TrendBucket = 'hour',
): TrendSeries<Point> {
  return { query: { from: '2024-03-05', to: '2024-03-06', bucket }, points, previous };
}
