import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EChartsOption } from 'echarts';
import { I18n } from '@tenor/dashboard/data-access';
import { TrendChartClick, TrendChartComponent } from '@tenor/dashboard/ui';

/** One chart of the trends page in a card: its title, CSV and PNG downloads, the chart or an empty note. */
@Component({
  selector: 'tenor-trend-chart-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TrendChartComponent],
  host: { '[attr.data-testid]': 'testId()' },
  template: `
    <section class="chart-card" [attr.aria-labelledby]="testId() + '-title'">
      <header class="chart-card__header">
        <h2 [id]="testId() + '-title'">{{ title() }}</h2>
        <span class="chart-card__spacer"></span>
        <a
          mat-stroked-button
          class="chart-card__export"
          data-testid="chart-csv"
          download
          [href]="csvHref()"
          [attr.aria-label]="i18n.t('trends.csvLabel', { chart: title() })"
          >{{ i18n.t('trends.csv') }}</a
        >
        <button
          mat-stroked-button
          type="button"
          class="chart-card__export"
          data-testid="chart-png"
          [disabled]="isEmpty()"
          [attr.aria-label]="i18n.t('trends.pngLabel', { chart: title() })"
          (click)="downloadPng()"
        >
          {{ i18n.t('trends.png') }}
        </button>
      </header>
      @if (isEmpty()) {
        <p class="chart-card__empty" data-testid="chart-empty">{{ emptyText() }}</p>
      } @else {
        <tenor-trend-chart
          [options]="options()"
          [bucketCount]="bucketCount()"
          [ariaLabel]="ariaLabel()"
          [testId]="chartTestId()"
          (bucketClicked)="bucketClicked.emit($event)"
        />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .chart-card {
      padding: 12px 16px 8px;
      border: 1px solid #dfe3eb;
      border-radius: 8px;
      background: #fff;
    }
    .chart-card__header {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font-size: 1rem;
      font-weight: 500;
    }
    .chart-card__spacer {
      flex: 1 1 auto;
    }
    .chart-card__export {
      min-width: 0;
      padding: 0 12px;
    }
    .chart-card__empty {
      padding: 48px 0;
      margin: 0;
      text-align: center;
      color: #607d8b;
    }
  `,
})
export class TrendChartCardComponent {
  protected readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly chart = viewChild(TrendChartComponent);

  /** The card's heading, also in the export buttons' labels. */
  readonly title = input.required<string>();
  /** data-testid of the card; the heading's id derives from it. */
  readonly testId = input.required<string>();
  /** data-testid of the chart element. */
  readonly chartTestId = input.required<string>();
  /** The chart. */
  readonly options = input.required<EChartsOption>();
  /** Buckets on the axis. */
  readonly bucketCount = input(0);
  /** Accessible description of the chart. */
  readonly ariaLabel = input('');
  /** The CSV download of the chart's series. */
  readonly csvHref = input.required<string>();
  /** File name of the PNG download. */
  readonly pngFileName = input('tenor-chart.png');
  /** Whether there is nothing to draw; `emptyText` is shown instead. */
  readonly isEmpty = input(false);
  /** The note shown instead of an empty chart. */
  readonly emptyText = input('');

  /** Emitted when a bucket of the chart is clicked. */
  readonly bucketClicked = output<TrendChartClick>();

  /** Saves the chart as a PNG file through a temporary download link. */
  protected downloadPng(): void {
    const dataUrl = this.chart()?.toPngDataUrl();
    if (!dataUrl) return;
    const link = this.document.createElement('a');
    link.href = dataUrl;
    link.download = this.pngFileName();
    link.click();
  }
}
