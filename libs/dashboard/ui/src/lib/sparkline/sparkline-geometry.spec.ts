import { SparklineFrame, sparklineRuns, toPolylinePoints } from './sparkline-geometry';

const frame: SparklineFrame = { width: 104, height: 24, min: 0, max: 1, padding: 2 };

describe('sparklineRuns', () => {
  it('spreads values over the width and puts min at the bottom, max at the top', () => {
    expect(sparklineRuns([0, 0.5, 1], frame)).toEqual([
      [
        { x: 2, y: 22 },
        { x: 52, y: 12 },
        { x: 102, y: 2 },
      ],
    ]);
  });

  it('breaks the line at days without data', () => {
    const runs = sparklineRuns([0.2, null, 0.4, 0.6], frame);
    expect(runs.map((run) => run.length)).toEqual([1, 2]);
  });

  it('centres a single value and clamps values outside the range', () => {
    expect(sparklineRuns([2], frame)).toEqual([[{ x: 52, y: 2 }]]);
    expect(sparklineRuns([-1, 0], { ...frame, min: -1, max: 1 })[0].map((point) => point.y)).toEqual([
      22, 12,
    ]);
  });

  it('returns nothing for no values', () => {
    expect(sparklineRuns([], frame)).toEqual([]);
  });
});

describe('toPolylinePoints', () => {
  it('writes x,y pairs separated by spaces', () => {
    expect(
      toPolylinePoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4');
  });
});
