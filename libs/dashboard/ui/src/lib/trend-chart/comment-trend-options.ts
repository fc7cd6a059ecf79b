import { RISK_CATEGORIES } from '@tenor/contracts';
import type { CommentTrendPoint, TrendSeries } from '@tenor/contracts';
import type { EChartsOption, SeriesOption } from 'echarts';
import { RISK_CATEGORY_COLORS } from '../evidence-text/risk-category-colors';
import {
  PREVIOUS_PERIOD_COLOR,
  TrendChartTexts,
  formatPercent,
  previousName,
  toPercent,
  trendChartFrame,
} from './trend-chart-layout';
import { categorySeriesId, previousSeriesId } from './trend-series-id';

/** Colours of the tone shares (Material green 600, blue grey 200, red 600) and of the mean compound line (indigo 600). */
export const TONE_COLORS = {
  positive: '#43a047',
  neutral: '#b0bec5',
  negative: '#e53935',
  mean: '#3949ab',
} as const;
/** Colour of the volume bars and of the overall flagged share. */
const VOLUME_COLOR = '#5c6bc0';
const FLAGGED_COLOR = '#263238';

/** The tone shares drawn, bottom to top of the stack. */
const TONE_SHARES = ['negative', 'neutral', 'positive'] as const;

/** Mean compound rounded for display; null for an empty bucket. */
function roundedCompound(point: CommentTrendPoint): number | null {
  return point.meanCompound === null ? null : Math.round(point.meanCompound * 1000) / 1000;
}

/** A share of a bucket as a percentage, or null for an empty bucket (a gap, not a zero). */
function shareOf(point: CommentTrendPoint, share: number): number | null {
  return point.count === 0 ? null : toPercent(share);
}

function dashedLine(id: string, name: string, data: (number | null)[], yAxisIndex = 0): SeriesOption {
  return {
    id: previousSeriesId(id),
    name,
    type: 'line',
    yAxisIndex,
    data,
    showSymbol: false,
    connectNulls: false,
    lineStyle: { type: 'dashed', width: 1.5, color: PREVIOUS_PERIOD_COLOR },
    itemStyle: { color: PREVIOUS_PERIOD_COLOR },
  };
}

/**
 * Tone over time: the positive, neutral and negative shares as stacked bars (left axis, %) and the mean tone
 * compound as a line (right axis, −1..1); when comparing, the previous period's mean compound dashed.
 */
export function buildToneTrendOptions(
  series: TrendSeries<CommentTrendPoint>,
  texts: TrendChartTexts,
): EChartsOption {
  const points = series.points;
  const percent = (value: unknown) => formatPercent(value, texts.locale);
  const shares: SeriesOption[] = TONE_SHARES.map((tone) => ({
    id: `tone:${tone}`,
    name: texts.tones[tone],
    type: 'bar',
    stack: 'tone',
    yAxisIndex: 0,
    barCategoryGap: '10%',
    data: points.map((point) => shareOf(point, point[`${tone}Share`])),
    itemStyle: { color: TONE_COLORS[tone], opacity: 0.55 },
    tooltip: { valueFormatter: percent },
  }));
  const lines: SeriesOption[] = [
    {
      id: 'meanCompound',
      name: texts.meanCompound,
      type: 'line',
      yAxisIndex: 1,
      data: points.map(roundedCompound),
      connectNulls: false,
      showSymbol: points.length <= 60,
      lineStyle: { width: 2.5 },
      itemStyle: { color: TONE_COLORS.mean },
      z: 3,
    },
  ];
  if (series.previous !== null) {
    lines.push(
      dashedLine(
        'meanCompound',
        previousName(texts, texts.meanCompound),
        series.previous.map(roundedCompound),
        1,
      ),
    );
  }
  const chartSeries = [...shares, ...lines];
  return {
    ...trendChartFrame(points, series.query.bucket, texts, chartSeries.length),
    yAxis: [
      { type: 'value', name: texts.shareAxis, min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      { type: 'value', name: texts.toneAxis, min: -1, max: 1, splitNumber: 4, splitLine: { show: false } },
    ],
    series: chartSeries,
  };
}

/** Comment volume per bucket as bars; when comparing, the previous period's volume as a dashed line. */
export function buildVolumeTrendOptions(
  series: TrendSeries<CommentTrendPoint>,
  texts: TrendChartTexts,
): EChartsOption {
  const chartSeries: SeriesOption[] = [
    {
      id: 'volume',
      name: texts.volume,
      type: 'bar',
      barCategoryGap: '10%',
      data: series.points.map((point) => point.count),
      itemStyle: { color: VOLUME_COLOR },
    },
  ];
  if (series.previous !== null) {
    chartSeries.push(
      dashedLine(
        'volume',
        previousName(texts, texts.volume),
        series.previous.map((point) => point.count),
      ),
    );
  }
  return {
    ...trendChartFrame(series.points, series.query.bucket, texts, chartSeries.length),
    yAxis: { type: 'value', name: texts.countAxis, minInterval: 1 },
    series: chartSeries,
  };
}

/**
 * Flagged share by risk category: one line per category (share of the bucket's comments flagged in it) and
 * the overall flagged share in bold; when comparing, the previous period's overall share dashed.
 */
export function buildRiskTrendOptions(
  series: TrendSeries<CommentTrendPoint>,
  texts: TrendChartTexts,
): EChartsOption {
  const points = series.points;
  const percent = (value: unknown) => formatPercent(value, texts.locale);
  const showSymbol = points.length <= 60;
  const chartSeries: SeriesOption[] = [
    {
      id: 'flaggedShare',
      name: texts.flaggedShare,
      type: 'line',
      data: points.map((point) => shareOf(point, point.flaggedShare)),
      showSymbol,
      connectNulls: false,
      lineStyle: { width: 3 },
      itemStyle: { color: FLAGGED_COLOR },
      tooltip: { valueFormatter: percent },
      z: 3,
    },
    ...RISK_CATEGORIES.map((category): SeriesOption => ({
      id: categorySeriesId(category),
      name: texts.categories[category],
      type: 'line',
      data: points.map((point) =>
        point.count === 0 ? null : toPercent((point.categories[category] ?? 0) / point.count),
      ),
      showSymbol,
      connectNulls: false,
      lineStyle: { width: 1.5 },
      itemStyle: { color: RISK_CATEGORY_COLORS[category].accent },
      tooltip: { valueFormatter: percent },
    })),
  ];
  if (series.previous !== null) {
    chartSeries.push({
      ...dashedLine(
        'flaggedShare',
        previousName(texts, texts.flaggedShare),
        series.previous.map((point) => shareOf(point, point.flaggedShare)),
      ),
      tooltip: { valueFormatter: percent },
    } as SeriesOption);
  }
  return {
    ...trendChartFrame(points, series.query.bucket, texts, chartSeries.length),
    yAxis: { type: 'value', name: texts.shareAxis, min: 0, axisLabel: { formatter: '{value} %' } },
    series: chartSeries,
  };
}
