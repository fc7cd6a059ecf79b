import type { CategoryCurve } from '@tenor/contracts';
import { buildPrecisionRecallOptions } from './precision-recall-options';

const TEXTS = {
  locale: 'de-DE',
  curve: 'Kurve',
  current: 'Aktuell',
  proposed: 'Vorschlag',
  precision: 'Präzision',
  recall: 'Trefferquote',
  threshold: 'Schwelle',
};

const CURVE: CategoryCurve = {
  category: 'insult',
  points: [
    { threshold: 0.1, precision: 0.2, recall: 1 },
    { threshold: 0.5, precision: 0.6, recall: 0.7 },
    { threshold: 0.9, precision: null, recall: 0 },
  ],
  current: { threshold: 0.5, precision: 0.6, recall: 0.7 },
  proposed: { threshold: 0.1, precision: 0.2, recall: 1 },
};

type Series = { id: string; type: string; data: number[][] };

describe('buildPrecisionRecallOptions', () => {
  it('draws recall on x and precision on y, leaving out points without either', () => {
    const series = buildPrecisionRecallOptions(CURVE, TEXTS).series as Series[];
    expect(series[0]).toMatchObject({ id: 'curve', type: 'line' });
    expect(series[0].data).toEqual([
      [1, 0.2, 0.1],
      [0.7, 0.6, 0.5],
    ]);
  });

  it('marks the current and the proposed threshold', () => {
    const series = buildPrecisionRecallOptions(CURVE, TEXTS).series as Series[];
    expect(series.slice(1).map((entry) => [entry.id, entry.type, entry.data])).toEqual([
      ['current', 'scatter', [[0.7, 0.6, 0.5]]],
      ['proposed', 'scatter', [[1, 0.2, 0.1]]],
    ]);
  });

  it('has no marker for a threshold that flags nothing', () => {
    const series = buildPrecisionRecallOptions(
      { ...CURVE, proposed: { threshold: 0.95, precision: null, recall: 0 } },
      TEXTS,
    ).series as Series[];
    expect(series[2].data).toEqual([]);
  });

  it('names the axes and formats the tooltip in the locale', () => {
    const options = buildPrecisionRecallOptions(CURVE, TEXTS);
    expect(options.xAxis).toMatchObject({ name: 'Trefferquote', min: 0, max: 1 });
    expect(options.yAxis).toMatchObject({ name: 'Präzision', min: 0, max: 1 });
    const formatter = (options.tooltip as { formatter: (parameters: unknown) => string }).formatter;
    expect(formatter({ seriesName: 'Aktuell', value: [0.7, 0.6, 0.5] })).toBe(
      'Aktuell<br>Schwelle 0,50<br>Präzision 0,60 · Trefferquote 0,70',
    );
  });
});
