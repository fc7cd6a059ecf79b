import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EChartsOption } from 'echarts';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/** A small ECharts chart of one category's precision/recall curve; ECharts loads lazily with the first chart. */
@Component({
  selector: 'tenor-precision-recall-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [
    provideEchartsCore({
      echarts: () => import('../trend-chart/echarts-setup').then((module) => module.echarts),
    }),
  ],
  template: `<div
    class="precision-recall-chart"
    role="img"
    [attr.aria-label]="ariaLabel()"
    [attr.data-testid]="testId()"
    [style.height.px]="height()"
    echarts
    [options]="options()"
    [autoResize]="true"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .precision-recall-chart {
      width: 100%;
    }
  `,
})
export class PrecisionRecallChartComponent {
  /** The chart, from `buildPrecisionRecallOptions`. */
  readonly options = input.required<EChartsOption>();
  /** What the chart shows, in words (current and proposed point). */
  readonly ariaLabel = input('');
  /** data-testid of the chart element. */
  readonly testId = input('precision-recall-chart');
  /** Height in pixels. */
  readonly height = input(220);
}
