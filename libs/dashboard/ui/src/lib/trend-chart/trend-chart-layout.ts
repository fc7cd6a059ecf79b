import type { ModerationAction, RiskCategory, TrendBucket, TrendBucketRange } from '@tenor/contracts';
import type { EChartsOption } from 'echarts';
import { formatDay } from '../format/format';

/** Space around the plot, in pixels; the browser test reads it from the chart's data attributes to click a bucket. */
export const TREND_CHART_GRID = { left: 60, right: 60, top: 52, bottom: 36 } as const;
/** Legends with more entries than this wrap onto a second row, which the plot makes room for. */
const ONE_ROW_LEGEND_ENTRIES = 4;
/** Height of a second legend row. */
const LEGEND_ROW_SPACE = 34;
/** Above this many buckets a chart gets a zoom slider (and wheel zoom), so single buckets stay readable and clickable. */
export const ZOOM_BUCKET_THRESHOLD = 100;
/** Height the zoom slider adds below the plot. */
const ZOOM_SLIDER_SPACE = 40;
/** Colour of the dashed previous-period overlay. */
export const PREVIOUS_PERIOD_COLOR = '#78909c';

/** The texts and locale every trend chart needs. */
export interface TrendChartTexts {
  locale: string;
  meanCompound: string;
  volume: string;
  flaggedShare: string;
  decisions: string;
  /** Name of a previous-period series, with `{series}` for the series it repeats. */
  previous: string;
  shareAxis: string;
  toneAxis: string;
  countAxis: string;
  publication: string;
  alert: string;
  tones: Record<'positive' | 'neutral' | 'negative', string>;
  categories: Record<RiskCategory, string>;
  actions: Record<ModerationAction, string>;
}

/** A bucket's axis label in the reader's locale: "05.03., 15:00" for hours, "05.03.2024" for days and weeks. */
export function formatBucketLabel(label: string, bucket: TrendBucket, locale: string): string {
  if (bucket !== 'hour') {
    return formatDay(label.slice(0, 10), locale);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(label);
  if (match === null) {
    return label;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  // The label already is Berlin local time; formatting it as UTC keeps it from shifting again.
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/** A share (0..1) as a percentage with one decimal, for the axes; null stays null (an empty bucket is a gap). */
export function toPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** A percentage in the reader's locale, for tooltips. */
export function formatPercent(value: unknown, locale: string): string {
  return typeof value === 'number'
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`
    : '–';
}

/** A previous-period series name. */
export function previousName(texts: TrendChartTexts, series: string): string {
  return texts.previous.replace('{series}', series);
}

/**
 * The frame shared by the trend charts: no animation, the fixed grid (higher for a legend of many entries), a
 * category axis of bucket labels, an axis tooltip, and zoom when the buckets are many.
 */
export function trendChartFrame(
  buckets: readonly TrendBucketRange[],
  bucket: TrendBucket,
  texts: TrendChartTexts,
  legendEntries: number,
): EChartsOption {
  const hasZoom = buckets.length > ZOOM_BUCKET_THRESHOLD;
  return {
    animation: false,
    grid: {
      ...TREND_CHART_GRID,
      top: TREND_CHART_GRID.top + (legendEntries > ONE_ROW_LEGEND_ENTRIES ? LEGEND_ROW_SPACE : 0),
      bottom: TREND_CHART_GRID.bottom + (hasZoom ? ZOOM_SLIDER_SPACE : 0),
    },
    legend: { top: 8, left: 'center', itemGap: 12 },
    tooltip: { trigger: 'axis', confine: true },
    dataZoom: hasZoom ? [{ type: 'inside' }, { type: 'slider', bottom: 8, height: 24 }] : [],
    xAxis: {
      type: 'category',
      data: buckets.map((point) => formatBucketLabel(point.label, bucket, texts.locale)),
      axisTick: { alignWithLabel: true },
      // The axis stays at the bottom even where the first value axis crosses zero mid-chart (tone, −1..1).
      axisLine: { onZero: false },
    },
  };
}
