import type { TonePoint } from '@tenor/contracts';
import type { EChartsOption } from 'echarts';
import { formatDay } from '../format/format';

/** Longest gap, in days, filled with empty days; beyond it a dense axis would be mostly empty, so days stay sparse. */
export const MAX_FILLED_DAYS = 1100;

/** A day of the chart: a tone point, or a day without comments. */
export interface ChartDay {
  day: string;
  count: number;
  /** Mean compound, null on a day without comments. */
  meanCompound: number | null;
}

/** Texts and locale the chart needs. */
export interface ToneChartLabels {
  meanCompound: string;
  volume: string;
  locale: string;
}

/** Sorts the points by day and inserts the days without comments between them, so gaps show as gaps. */
export function fillMissingDays(points: readonly TonePoint[]): ChartDay[] {
  const sorted = [...points].sort((left, right) => left.day.localeCompare(right.day));
  if (sorted.length === 0) {
    return [];
  }
  const byDay = new Map(sorted.map((point) => [point.day, point]));
  const first = dayNumber(sorted[0].day);
  const last = dayNumber(sorted[sorted.length - 1].day);
  const days = Number.isNaN(first) || Number.isNaN(last) || last - first > MAX_FILLED_DAYS ? sorted.map((point) => point.day) : dayRange(first, last);
  return days.map((day) => {
    const point = byDay.get(day);
    return { day, count: point?.count ?? 0, meanCompound: point?.meanCompound ?? null };
  });
}

/** ECharts options: comment volume as bars on the right axis, mean compound as a line on the −1..1 left axis. */
export function buildToneChartOptions(points: readonly TonePoint[], labels: ToneChartLabels): EChartsOption {
  const days = fillMissingDays(points);
  return {
    animation: false,
    grid: { left: 56, right: 56, top: 48, bottom: 72 },
    legend: { data: [labels.meanCompound, labels.volume], top: 8 },
    tooltip: { trigger: 'axis' },
    dataZoom: days.length > 60 ? [{ type: 'inside' }, { type: 'slider', bottom: 16 }] : [],
    xAxis: { type: 'category', data: days.map((day) => formatDay(day.day, labels.locale)) },
    yAxis: [
      { type: 'value', name: labels.meanCompound, min: -1, max: 1, splitNumber: 4 },
      { type: 'value', name: labels.volume, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        name: labels.volume,
        type: 'bar',
        yAxisIndex: 1,
        data: days.map((day) => day.count),
        itemStyle: { color: '#b0bec5' },
      },
      {
        name: labels.meanCompound,
        type: 'line',
        yAxisIndex: 0,
        connectNulls: false,
        showSymbol: true,
        symbolSize: 8,
        data: days.map((day) => (day.meanCompound === null ? null : Math.round(day.meanCompound * 1000) / 1000)),
        itemStyle: { color: '#3949ab' },
      },
    ],
  };
}

const MILLISECONDS_PER_DAY = 86_400_000;

function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
}

function dayRange(first: number, last: number): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day++) {
    days.push(new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10));
  }
  return days;
}
