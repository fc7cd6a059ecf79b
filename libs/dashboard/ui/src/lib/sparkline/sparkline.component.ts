import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SparklinePoint, sparklineRuns, toPolylinePoints } from './sparkline-geometry';

/** One line of a sparkline: values (null = no data that day), the range the height spans, and a colour. */
export interface SparklineSeries {
  name: string;
  values: readonly (number | null)[];
  min: number;
  max: number;
  color: string;
}

const PADDING = 3;
const DOT_RADIUS = 2.5;

/** A small SVG line chart of one or more series over the same days; lone days show as dots. No chart library needed. */
@Component({
  selector: 'tenor-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      class="sparkline"
      role="img"
      [attr.aria-label]="ariaLabel()"
      [attr.viewBox]="'0 0 ' + width() + ' ' + height()"
      [attr.width]="width()"
      [attr.height]="height()"
    >
      <line
        class="sparkline__baseline"
        [attr.x1]="0"
        [attr.x2]="width()"
        [attr.y1]="height() / 2"
        [attr.y2]="height() / 2"
      />
      @for (line of lines(); track line.name) {
        @for (run of line.runs; track $index) {
          @if (run.isLine) {
            <polyline
              [attr.points]="run.points"
              fill="none"
              [attr.stroke]="line.color"
              stroke-width="1.5"
              stroke-linejoin="round"
            />
          }
          @for (point of run.dots; track $index) {
            <circle [attr.cx]="point.x" [attr.cy]="point.y" [attr.r]="dotRadius" [attr.fill]="line.color" />
          }
        }
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
    .sparkline__baseline {
      stroke: #cfd8dc;
      stroke-dasharray: 2 2;
    }
  `,
})
export class SparklineComponent {
  /** The series to draw over the same days. */
  readonly series = input.required<readonly SparklineSeries[]>();
  /** Width in CSS pixels. */
  readonly width = input(240);
  /** Height in CSS pixels. */
  readonly height = input(48);
  /** What the chart shows, for screen readers. */
  readonly ariaLabel = input('');

  protected readonly dotRadius = DOT_RADIUS;

  protected readonly lines = computed(() =>
    this.series().map((series) => ({
      name: series.name,
      color: series.color,
      runs: sparklineRuns(series.values, {
        width: this.width(),
        height: this.height(),
        min: series.min,
        max: series.max,
        padding: PADDING,
      }).map((run) => ({ points: toPolylinePoints(run), dots: dotsOf(run), isLine: run.length > 1 })),
    })),
  );
}

/** Dots mark every point of short runs (a single day would otherwise be invisible) and the last point of long ones. */
function dotsOf(run: readonly SparklinePoint[]): SparklinePoint[] {
  return run.length <= 3 ? [...run] : [run[run.length - 1]];
}
