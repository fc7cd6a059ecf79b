import type { TonePoint } from '@tenor/contracts';
import { MAX_FILLED_DAYS, buildToneChartOptions, fillMissingDays } from './tone-chart-options';

function point(day: string, count: number, meanCompound: number): TonePoint {
  return { day, count, meanCompound, positiveShare: 0, neutralShare: 1, negativeShare: 0, flaggedCount: 0 };
}

describe('fillMissingDays', () => {
  it('sorts days and fills the gaps with empty days', () => {
    expect(fillMissingDays([point('2022-01-29', 1, 0.5), point('2022-01-27', 4, -0.2)])).toEqual([
      { day: '2022-01-27', count: 4, meanCompound: -0.2 },
      { day: '2022-01-28', count: 0, meanCompound: null },
      { day: '2022-01-29', count: 1, meanCompound: 0.5 },
    ]);
  });

  it('crosses a daylight saving change without losing or doubling a day', () => {
    const days = fillMissingDays([point('2022-03-26', 1, 0), point('2022-03-28', 1, 0)]).map((day) => day.day);
    expect(days).toEqual(['2022-03-26', '2022-03-27', '2022-03-28']);
  });

  it('leaves very long ranges sparse', () => {
    const days = fillMissingDays([point('2015-01-01', 1, 0), point('2022-01-01', 1, 0)]);
    expect(MAX_FILLED_DAYS).toBeLessThan(2557);
    expect(days.map((day) => day.day)).toEqual(['2015-01-01', '2022-01-01']);
  });

  it('returns nothing for no points', () => {
    expect(fillMissingDays([])).toEqual([]);
  });
});

describe('buildToneChartOptions', () => {
  const labels = { meanCompound: 'Mittlerer Ton', volume: 'Kommentare', locale: 'de-DE' };

  it('puts volume bars on the right axis and the mean line on the −1..1 axis', () => {
    const options = buildToneChartOptions([point('2022-01-27', 4, -0.1234), point('2022-01-28', 2, 0.3)], labels);
    const series = options.series as { type: string; yAxisIndex: number; data: unknown[] }[];
    expect(series.map((entry) => [entry.type, entry.yAxisIndex])).toEqual([
      ['bar', 1],
      ['line', 0],
    ]);
    expect(series[0].data).toEqual([4, 2]);
    expect(series[1].data).toEqual([-0.123, 0.3]);
    expect((options.xAxis as { data: string[] }).data).toEqual(['27.01.2022', '28.01.2022']);
  });
});
