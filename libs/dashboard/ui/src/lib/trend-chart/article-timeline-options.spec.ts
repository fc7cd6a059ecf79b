import type { ArticleTrendDetail, HostileAlertView } from '@tenor/contracts';
import { bucketIndexAt, bucketSpan, buildArticleTimelineOptions } from './article-timeline-options';
import { TEXTS, commentPoint } from '../../testing/trend-charts';

const POINTS = [commentPoint(10, 2), commentPoint(11, 5), commentPoint(12, 9), commentPoint(13, 1)];

function alert(windowStart: string, windowEnd: string): HostileAlertView {
  return {
    id: 1,
    articleId: 3,
    articleTitle: 'Streit',
    signal: 'flagged',
    windowStart,
    windowEnd,
    count: 12,
    share: 0.5,
    baseline: 0.05,
    zScore: 4.2,
    detectedAt: windowEnd,
    status: 'open',
    acknowledgedBy: null,
    acknowledgedAt: null,
    webhook: 'none',
  };
}

describe('bucketIndexAt and bucketSpan', () => {
  it('find the bucket of an instant (start inclusive, end exclusive)', () => {
    expect(bucketIndexAt(POINTS, '2024-03-05T09:00:00.000Z')).toBe(0);
    expect(bucketIndexAt(POINTS, '2024-03-05T10:59:59.999Z')).toBe(1);
    expect(bucketIndexAt(POINTS, '2024-03-05T13:00:00.000Z')).toBeNull();
  });

  it('clip an episode to the timeline', () => {
    expect(bucketSpan(POINTS, '2024-03-05T10:00:00.000Z', '2024-03-05T12:00:00.000Z')).toEqual({
      first: 1,
      last: 2,
    });
    expect(bucketSpan(POINTS, '2024-03-05T11:30:00.000Z', '2024-03-06T00:00:00.000Z')).toEqual({
      first: 2,
      last: 3,
    });
    expect(bucketSpan(POINTS, '2024-03-06T00:00:00.000Z', '2024-03-06T01:00:00.000Z')).toBeNull();
  });
});

describe('buildArticleTimelineOptions', () => {
  const detail: ArticleTrendDetail = {
    articleId: 3,
    title: 'Streit',
    section: 'Politik',
    publishedAt: '2024-03-05T09:20:00.000Z',
    isPremoderated: false,
    bucket: 'hour',
    points: POINTS,
    topTerms: [],
    alerts: [alert('2024-03-05T10:00:00.000Z', '2024-03-05T12:00:00.000Z')],
  };

  it('marks the publication hour with a line and shades alert episodes', () => {
    const [volume, tone] = buildArticleTimelineOptions(detail, TEXTS).series as {
      id: string;
      data: unknown[];
      markLine?: { data: unknown[] };
      markArea?: { data: unknown[] };
    }[];
    expect(volume.id).toBe('volume');
    expect(volume.data).toEqual([2, 5, 9, 1]);
    expect(volume.markArea?.data).toEqual([[{ xAxis: 1, name: 'Alert' }, { xAxis: 2 }]]);
    // Ticks at every bucket edge, so the shaded area covers whole hours.
    expect(buildArticleTimelineOptions(detail, TEXTS).xAxis).toMatchObject({ axisTick: { interval: 0 } });
    expect(tone.markLine?.data).toEqual([{ xAxis: 0 }]);
  });

  it('draws no publication line without a publication time', () => {
    const [, tone] = buildArticleTimelineOptions({ ...detail, publishedAt: null, alerts: [] }, TEXTS)
      .series as {
      markLine?: unknown;
    }[];
    expect(tone.markLine).toBeUndefined();
  });
});
