/** A point of a sparkline in SVG user units. */
export interface SparklinePoint {
  x: number;
  y: number;
}

/** The drawing area of a sparkline and the value range its height spans. */
export interface SparklineFrame {
  width: number;
  height: number;
  /** Value at the bottom edge. */
  min: number;
  /** Value at the top edge. */
  max: number;
  /** Space kept free at every edge so strokes and dots are not clipped. */
  padding: number;
}

/**
 * Places values evenly from left to right and scales them into the frame (values outside min..max are clamped).
 * A null value (a day without data) breaks the line, so the result is one run of points per unbroken stretch.
 */
export function sparklineRuns(values: readonly (number | null)[], frame: SparklineFrame): SparklinePoint[][] {
  const innerWidth = frame.width - 2 * frame.padding;
  const innerHeight = frame.height - 2 * frame.padding;
  const span = frame.max - frame.min;
  const runs: SparklinePoint[][] = [];
  let run: SparklinePoint[] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const share = span <= 0 ? 0.5 : (Math.min(Math.max(value, frame.min), frame.max) - frame.min) / span;
    const x =
      values.length === 1 ? frame.width / 2 : frame.padding + (innerWidth * index) / (values.length - 1);
    run.push({ x: round(x), y: round(frame.padding + innerHeight * (1 - share)) });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A run as the `points` attribute of an SVG polyline. */
export function toPolylinePoints(run: readonly SparklinePoint[]): string {
  return run.map((point) => `${point.x},${point.y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
