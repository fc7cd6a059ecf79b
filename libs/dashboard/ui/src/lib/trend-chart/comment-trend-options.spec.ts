import {
  buildRiskTrendOptions,
  buildToneTrendOptions,
  buildVolumeTrendOptions,
} from './comment-trend-options';
import { TEXTS, commentPoint, seriesOf } from '../../testing/trend-charts';

interface SeriesShape {
  id: string;
  name: string;
  type: string;
  yAxisIndex?: number;
  stack?: string;
  data: (number | null)[];
  lineStyle?: { type?: string };
}

function seriesById(options: { series?: unknown }): Record<string, SeriesShape> {
  return Object.fromEntries((options.series as SeriesShape[]).map((series) => [series.id, series]));
}

describe('buildToneTrendOptions', () => {
  const points = [commentPoint(14, 4, { meanCompound: -0.12345 }), commentPoint(15, 0)];

  it('stacks the tone shares as percentages and leaves empty buckets as gaps', () => {
    const series = seriesById(buildToneTrendOptions(seriesOf(points), TEXTS));
    expect(series['tone:positive']).toMatchObject({
      type: 'bar',
      stack: 'tone',
      yAxisIndex: 0,
      data: [50, null],
    });
    expect(series['tone:negative'].data).toEqual([25, null]);
    expect(series['meanCompound']).toMatchObject({ type: 'line', yAxisIndex: 1, data: [-0.123, null] });
  });

  it('labels hourly buckets with day and hour in the locale', () => {
    const options = buildToneTrendOptions(seriesOf(points), TEXTS);
    expect((options.xAxis as { data: string[] }).data).toEqual(['05.03., 14:00', '05.03., 15:00']);
  });

  it('adds the previous period dashed only when comparing', () => {
    expect(
      seriesById(buildToneTrendOptions(seriesOf(points), TEXTS))['previous:meanCompound'],
    ).toBeUndefined();
    const compared = seriesById(
      buildToneTrendOptions(seriesOf(points, [commentPoint(14, 2), commentPoint(15, 1)]), TEXTS),
    );
    expect(compared['previous:meanCompound']).toMatchObject({
      name: 'Previous: Mean tone',
      yAxisIndex: 1,
      data: [0.25, 0.25],
      lineStyle: { type: 'dashed' },
    });
  });
});

describe('buildVolumeTrendOptions', () => {
  it('draws counts as bars and the previous counts as a dashed line', () => {
    const series = seriesById(
      buildVolumeTrendOptions(
        seriesOf([commentPoint(14, 4), commentPoint(15, 0)], [commentPoint(14, 1), commentPoint(15, 3)]),
        TEXTS,
      ),
    );
    expect(series['volume']).toMatchObject({ type: 'bar', data: [4, 0] });
    expect(series['previous:volume']).toMatchObject({
      type: 'line',
      data: [1, 3],
      lineStyle: { type: 'dashed' },
    });
  });
});

describe('buildRiskTrendOptions', () => {
  it('draws the overall flagged share and one line per category, as shares of the bucket', () => {
    const point = commentPoint(14, 8, {
      flagged: 4,
      flaggedShare: 0.5,
      categories: { insult: 2, profanity: 0, threat: 1, hate: 0, spam: 0, personalData: 0 },
    });
    const series = seriesById(buildRiskTrendOptions(seriesOf([point, commentPoint(15, 0)]), TEXTS));
    expect(series['flaggedShare'].data).toEqual([50, null]);
    expect(series['category:insult']).toMatchObject({ name: 'Insult', data: [25, null] });
    expect(series['category:threat'].data).toEqual([12.5, null]);
    expect(Object.keys(series)).toHaveLength(7);
  });
});

describe('zoom', () => {
  it('adds zoom controls above 100 buckets and none below', () => {
    const many = Array.from({ length: 101 }, (_, index) => commentPoint(index % 24, 1));
    expect(buildVolumeTrendOptions(seriesOf(many), TEXTS).dataZoom).toHaveLength(2);
    expect(buildVolumeTrendOptions(seriesOf(many.slice(0, 100)), TEXTS).dataZoom).toEqual([]);
  });
});
