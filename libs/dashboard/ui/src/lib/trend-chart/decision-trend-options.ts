import { MODERATION_ACTIONS } from '@tenor/contracts';
import type { DecisionTrendPoint, ModerationAction, TrendSeries } from '@tenor/contracts';
import type { EChartsOption, SeriesOption } from 'echarts';
import { PREVIOUS_PERIOD_COLOR, TrendChartTexts, previousName, trendChartFrame } from './trend-chart-layout';
import { previousSeriesId } from './trend-series-id';

/** Colours of the actions, matching the status pills (approved green, rejected red, escalated orange, undo grey). */
export const ACTION_COLORS: Record<ModerationAction, string> = {
  approve: '#43a047',
  reject: '#e53935',
  escalate: '#fb8c00',
  undo: '#90a4ae',
};

/** Moderation decisions per bucket, stacked by action; when comparing, the previous period's total dashed. */
export function buildDecisionTrendOptions(
  series: TrendSeries<DecisionTrendPoint>,
  texts: TrendChartTexts,
): EChartsOption {
  const chartSeries: SeriesOption[] = MODERATION_ACTIONS.map((action) => ({
    id: `action:${action}`,
    name: texts.actions[action],
    type: 'bar',
    stack: 'actions',
    barCategoryGap: '10%',
    data: series.points.map((point) => point.actions[action] ?? 0),
    itemStyle: { color: ACTION_COLORS[action] },
  }));
  if (series.previous !== null) {
    chartSeries.push({
      id: previousSeriesId('decisions'),
      name: previousName(texts, texts.decisions),
      type: 'line',
      data: series.previous.map((point) => point.total),
      showSymbol: false,
      lineStyle: { type: 'dashed', width: 1.5, color: PREVIOUS_PERIOD_COLOR },
      itemStyle: { color: PREVIOUS_PERIOD_COLOR },
    });
  }
  return {
    ...trendChartFrame(series.points, series.query.bucket, texts, chartSeries.length),
    yAxis: { type: 'value', name: texts.countAxis, minInterval: 1 },
    series: chartSeries,
  };
}
