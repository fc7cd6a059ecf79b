import type { ArticleTrendDetail, TrendBucketRange } from '@tenor/contracts';
import type { EChartsOption } from 'echarts';
import { TONE_COLORS } from './comment-trend-options';
import { TrendChartTexts, trendChartFrame } from './trend-chart-layout';

/** Colour of the publication mark and of alert episodes (Material deep orange 700, red 700 at low opacity). */
const PUBLICATION_COLOR = '#e64a19';
const ALERT_AREA_COLOR = 'rgba(211, 47, 47, 0.12)';
const VOLUME_COLOR = '#b0bec5';

/** The index of the bucket holding an instant, or null when it lies outside every bucket. */
export function bucketIndexAt(buckets: readonly TrendBucketRange[], instant: string): number | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) {
    return null;
  }
  const index = buckets.findIndex(
    (bucket) => Date.parse(bucket.start) <= time && time < Date.parse(bucket.end),
  );
  return index === -1 ? null : index;
}

/** The buckets an episode covers (end exclusive), clipped to the timeline; null when it misses the timeline. */
export function bucketSpan(
  buckets: readonly TrendBucketRange[],
  start: string,
  end: string,
): { first: number; last: number } | null {
  const from = Date.parse(start);
  const to = Date.parse(end);
  const covered = buckets.flatMap((bucket, index) =>
    Date.parse(bucket.start) < to && Date.parse(bucket.end) > from ? [index] : [],
  );
  return covered.length === 0 ? null : { first: covered[0], last: covered[covered.length - 1] };
}

/**
 * An article's comments over its life, hour by hour: volume as bars (right axis) and mean tone as a line
 * (−1..1), with the publication time marked by a vertical line and alert episodes shaded.
 */
export function buildArticleTimelineOptions(
  detail: ArticleTrendDetail,
  texts: TrendChartTexts,
): EChartsOption {
  const points = detail.points;
  const publication = detail.publishedAt === null ? null : bucketIndexAt(points, detail.publishedAt);
  const episodes = detail.alerts.flatMap((alert) => {
    const span = bucketSpan(points, alert.windowStart, alert.windowEnd);
    return span === null ? [] : [[{ xAxis: span.first, name: texts.alert }, { xAxis: span.last }]];
  });
  const frame = trendChartFrame(points, detail.bucket, texts, 2);
  return {
    ...frame,
    // A mark area on bars snaps to the axis ticks; a tick at every bucket edge makes it cover exactly its hours.
    xAxis: { ...(frame.xAxis as object), axisTick: { interval: 0 } },
    yAxis: [
      { type: 'value', name: texts.toneAxis, min: -1, max: 1, splitNumber: 4 },
      { type: 'value', name: texts.countAxis, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        id: 'volume',
        name: texts.volume,
        type: 'bar',
        yAxisIndex: 1,
        barCategoryGap: '10%',
        data: points.map((point) => point.count),
        itemStyle: { color: VOLUME_COLOR },
        markArea: {
          silent: true,
          itemStyle: { color: ALERT_AREA_COLOR },
          label: { color: '#b71c1c', position: 'insideTop' },
          data: episodes as never,
        },
      },
      {
        id: 'meanCompound',
        name: texts.meanCompound,
        type: 'line',
        yAxisIndex: 0,
        data: points.map((point) =>
          point.meanCompound === null ? null : Math.round(point.meanCompound * 1000) / 1000,
        ),
        connectNulls: false,
        showSymbol: points.length <= 60,
        lineStyle: { width: 2.5 },
        itemStyle: { color: TONE_COLORS.mean },
        markLine:
          publication === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: PUBLICATION_COLOR, type: 'solid', width: 2 },
                label: { formatter: texts.publication, color: PUBLICATION_COLOR },
                data: [{ xAxis: publication }],
              },
      },
    ],
  };
}
