import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TonePoint } from '@tenor/contracts';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { buildToneChartOptions } from './tone-chart-options';

/** Mean tone compound per day as a line over the comment volume as bars; ECharts loads lazily with the first chart. */
@Component({
  selector: 'tenor-tone-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((module) => module.echarts) })],
  template: `<div data-testid="tone-chart" class="tone-chart" role="img" [attr.aria-label]="ariaLabel()" echarts [options]="options()" [autoResize]="true"></div>`,
  styles: `
    .tone-chart {
      width: 100%;
      height: 380px;
    }
  `,
})
export class ToneChartComponent {
  /** One point per day. */
  readonly points = input.required<readonly TonePoint[]>();
  /** Series name of the mean compound line. */
  readonly meanCompoundLabel = input('Mean tone');
  /** Series name of the volume bars. */
  readonly volumeLabel = input('Comments');
  /** Locale for the day labels. */
  readonly locale = input('de-DE');
  /** Accessible description of the chart. */
  readonly ariaLabel = input('');

  protected readonly options = computed(() =>
    buildToneChartOptions(this.points(), { meanCompound: this.meanCompoundLabel(), volume: this.volumeLabel(), locale: this.locale() }),
  );
}
