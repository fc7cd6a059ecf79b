import type { CategoryCurve, PrecisionRecallPoint } from '@tenor/contracts';
import type { EChartsOption } from 'echarts';

/** The texts and locale a precision/recall chart needs. */
export interface PrecisionRecallTexts {
  locale: string;
  curve: string;
  current: string;
  proposed: string;
  precision: string;
  recall: string;
  threshold: string;
}

/** Colours: the curve grey, today's threshold blue, the proposed one orange (as the preview's "from → to"). */
export const PRECISION_RECALL_COLORS = { curve: '#78909c', current: '#1e88e5', proposed: '#f4511e' } as const;

/** A chart point: recall (x), precision (y) and the threshold it belongs to. */
type ChartPoint = [number, number, number];

/**
 * A category's precision/recall curve (recall on x, precision on y, both 0..1) over flag thresholds, with the
 * current and the proposed threshold marked; points without a precision or recall are left out.
 */
export function buildPrecisionRecallOptions(
  curve: CategoryCurve,
  texts: PrecisionRecallTexts,
): EChartsOption {
  const format = new Intl.NumberFormat(texts.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const marker = (id: 'current' | 'proposed', point: PrecisionRecallPoint, symbol: string) => ({
    id,
    name: texts[id],
    type: 'scatter' as const,
    symbol,
    symbolSize: 14,
    z: 3,
    itemStyle: { color: PRECISION_RECALL_COLORS[id], borderColor: '#fff', borderWidth: 1.5 },
    data: chartPoints([point]),
  });
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 36, bottom: 40 },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: {
      trigger: 'item',
      formatter: (parameters: unknown) => {
        const { seriesName, value } = parameters as { seriesName: string; value: ChartPoint };
        const [recall, precision, threshold] = value;
        return `${seriesName}<br>${texts.threshold} ${format.format(threshold)}<br>${texts.precision} ${format.format(precision)} · ${texts.recall} ${format.format(recall)}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: texts.recall,
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { formatter: (value: number) => format.format(value) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: texts.precision,
      nameLocation: 'middle',
      nameGap: 36,
      axisLabel: { formatter: (value: number) => format.format(value) },
    },
    series: [
      {
        id: 'curve',
        name: texts.curve,
        type: 'line',
        showSymbol: true,
        symbolSize: 4,
        lineStyle: { width: 2, color: PRECISION_RECALL_COLORS.curve },
        itemStyle: { color: PRECISION_RECALL_COLORS.curve },
        data: chartPoints(curve.points),
      },
      marker('current', curve.current, 'circle'),
      marker('proposed', curve.proposed, 'diamond'),
    ],
  };
}

function chartPoints(points: readonly PrecisionRecallPoint[]): ChartPoint[] {
  return points
    .filter((point) => point.precision !== null && point.recall !== null)
    .map((point) => [point.recall as number, point.precision as number, point.threshold]);
}
