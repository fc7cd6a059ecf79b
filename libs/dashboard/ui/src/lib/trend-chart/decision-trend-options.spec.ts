import { buildDecisionTrendOptions } from './decision-trend-options';
import { TEXTS, decisionPoint, seriesOf } from '../../testing/trend-charts';

describe('buildDecisionTrendOptions', () => {
  it('stacks one bar series per action and dashes the previous total', () => {
    const options = buildDecisionTrendOptions(
      seriesOf(
        [decisionPoint(14, 3, 1), decisionPoint(15, 0, 2)],
        [decisionPoint(14, 1, 0), decisionPoint(15, 0, 0)],
      ),
      TEXTS,
    );
    const series = options.series as { id: string; stack?: string; data: number[] }[];
    expect(series.map((entry) => entry.id)).toEqual([
      'action:approve',
      'action:reject',
      'action:escalate',
      'action:undo',
      'previous:decisions',
    ]);
    expect(series[0]).toMatchObject({ stack: 'actions', data: [3, 0] });
    expect(series[1].data).toEqual([1, 2]);
    expect(series[4].data).toEqual([1, 0]);
  });

  it('labels daily buckets with the date', () => {
    const point = { ...decisionPoint(1, 1, 0), label: '2024-03-05' };
    const options = buildDecisionTrendOptions(seriesOf([point], null, 'day'), TEXTS);
    expect((options.xAxis as { data: string[] }).data).toEqual(['05.03.2024']);
  });
});
