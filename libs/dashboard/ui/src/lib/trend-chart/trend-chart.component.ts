import { ChangeDetectionStrategy, Component, OnDestroy, input, output } from '@angular/core';
import type { ECElementEvent, EChartsOption } from 'echarts';
import type { EChartsType as ECharts } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { TREND_CHART_GRID } from './trend-chart-layout';

/** A click on a trend chart: the bucket's index and the clicked series' id (null for a click beside every series). */
export interface TrendChartClick {
  bucketIndex: number;
  seriesId: string | null;
}

/** What a chart exports as PNG: twice the screen resolution on white, so it prints and pastes cleanly. */
const PNG_EXPORT = { type: 'png', pixelRatio: 2, backgroundColor: '#fff' } as const;

/**
 * One ECharts chart over a category axis of buckets. A click anywhere in a bucket's column (on a bar, a point or
 * beside them) reports the bucket, so thin bars stay easy to hit; from the keyboard, arrow keys (Home, End) move
 * through the buckets with their tooltip and Enter reports the shown one. ECharts loads lazily with the first chart.
 */
@Component({
  selector: 'tenor-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [
    provideEchartsCore({ echarts: () => import('./echarts-setup').then((module) => module.echarts) }),
  ],
  template: `<div
    class="trend-chart"
    role="application"
    tabindex="0"
    [attr.aria-label]="ariaLabel()"
    [attr.data-testid]="testId()"
    [attr.data-bucket-count]="bucketCount()"
    [attr.data-grid-left]="grid.left"
    [attr.data-grid-right]="grid.right"
    [style.height.px]="height()"
    echarts
    [options]="options()"
    [autoResize]="true"
    (chartInit)="attach($event)"
    (keydown)="handleKey($event)"
    (blur)="hideBucket()"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .trend-chart {
      width: 100%;
      cursor: pointer;
      border-radius: 4px;
    }
    .trend-chart:focus-visible {
      outline: 2px solid #3949ab;
      outline-offset: 2px;
    }
  `,
})
export class TrendChartComponent implements OnDestroy {
  /** The chart, from one of the trend option builders. */
  readonly options = input.required<EChartsOption>();
  /** Buckets on the axis (exposed for tests that click a bucket). */
  readonly bucketCount = input(0);
  /** Accessible description of what the chart shows. */
  readonly ariaLabel = input('');
  /** data-testid of the chart element. */
  readonly testId = input('trend-chart');
  /** Height in pixels. */
  readonly height = input(320);

  /** Emitted when a bucket is clicked. */
  readonly bucketClicked = output<TrendChartClick>();

  protected readonly grid = TREND_CHART_GRID;
  private chart: ECharts | null = null;
  private clickedSeries: { seriesId: string | null; dataIndex: number | null } | null = null;
  /** The bucket chosen with the keyboard, whose tooltip shows. */
  private keyboardBucket: number | null = null;

  /** The chart as a PNG data URL, or null before it is drawn. */
  toPngDataUrl(): string | null {
    return this.chart?.getDataURL(PNG_EXPORT) ?? null;
  }

  /**
   * Listens for clicks: ECharts reports a click on a series first (with its id), then the raw canvas click
   * arrives, which finds the bucket under the pointer for clicks beside every series too.
   */
  protected attach(chart: ECharts): void {
    this.chart = chart;
    chart.on('click', (event) => {
      const { seriesId, dataIndex } = event as ECElementEvent & { seriesId?: string };
      this.clickedSeries = {
        seriesId: seriesId ?? null,
        dataIndex: typeof dataIndex === 'number' ? dataIndex : null,
      };
    });
    chart.getZr().on('click', (event) => {
      const clicked = this.clickedSeries;
      this.clickedSeries = null;
      const bucketIndex = clicked?.dataIndex ?? this.bucketAt(chart, event.offsetX, event.offsetY);
      if (bucketIndex !== null) {
        this.bucketClicked.emit({ bucketIndex, seriesId: clicked?.seriesId ?? null });
      }
    });
  }

  /** Arrow keys, Home and End choose a bucket (its tooltip shows); Enter or Space reports it like a click. */
  protected handleKey(event: KeyboardEvent): void {
    const count = this.bucketCount();
    if (this.chart === null || count === 0) return;
    const current = this.keyboardBucket;
    switch (event.key) {
      case 'ArrowRight':
        this.showBucket(current === null ? 0 : Math.min(current + 1, count - 1));
        break;
      case 'ArrowLeft':
        this.showBucket(current === null ? count - 1 : Math.max(current - 1, 0));
        break;
      case 'Home':
        this.showBucket(0);
        break;
      case 'End':
        this.showBucket(count - 1);
        break;
      case 'Enter':
      case ' ':
        if (current === null) return;
        this.bucketClicked.emit({ bucketIndex: current, seriesId: null });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** Hides the keyboard's tooltip when the chart loses focus. */
  protected hideBucket(): void {
    this.keyboardBucket = null;
    this.chart?.dispatchAction({ type: 'hideTip' });
  }

  ngOnDestroy(): void {
    this.chart = null;
  }

  private showBucket(index: number): void {
    this.keyboardBucket = index;
    this.chart?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: index });
  }

  private bucketAt(chart: ECharts, x: number, y: number): number | null {
    if (!chart.containPixel({ gridIndex: 0 }, [x, y])) {
      return null;
    }
    const [value] = chart.convertFromPixel({ gridIndex: 0 }, [x, y]) as number[];
    const index = Math.round(value);
    return Number.isFinite(index) && index >= 0 && index < this.bucketCount() ? index : null;
  }
}
