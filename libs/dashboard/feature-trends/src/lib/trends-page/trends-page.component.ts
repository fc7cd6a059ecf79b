import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import type { ArticleTrendSort, TrendBucketRange, TrendSeries } from '@tenor/contracts';
import {
  I18n,
  QUEUE_PATH,
  TrendView,
  TrendsStore,
  chartFileName,
  drillDownParameters,
  failureText,
  parseTrendView,
  resolveTrendView,
  trendChartTexts,
  trendCsvHref,
  trendViewParameters,
} from '@tenor/dashboard/data-access';
import {
  ErrorBannerComponent,
  TrendChartClick,
  buildDecisionTrendOptions,
  buildRiskTrendOptions,
  buildToneTrendOptions,
  buildVolumeTrendOptions,
  formatCount,
  formatDay,
  formatShare,
  trendSeriesMeaning,
} from '@tenor/dashboard/ui';
import { ArticleRankingComponent } from '../article-ranking/article-ranking.component';
import { TrendChartCardComponent } from '../trend-chart-card/trend-chart-card.component';
import { TrendControlsComponent } from '../trend-controls/trend-controls.component';

/**
 * Tone and risk over time for editors: tone, volume, flagged share by category and decisions per hour, day or
 * week, with the previous period for comparison, CSV and PNG exports, a click through to the comments behind a
 * bucket, and the ranking of the range's articles. Everything shown follows the URL, so views can be shared.
 */
@Component({
  selector: 'tenor-trends-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatProgressBarModule,
    ErrorBannerComponent,
    ArticleRankingComponent,
    TrendChartCardComponent,
    TrendControlsComponent,
  ],
  providers: [TrendsStore],
  templateUrl: './trends-page.component.html',
  styleUrl: './trends-page.component.scss',
})
export class TrendsPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(TrendsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly texts = computed(() => trendChartTexts(this.i18n));
  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));
  protected readonly rankingFailureMessage = computed(() =>
    failureText(this.i18n, this.store.rankingFailure()),
  );
  protected readonly commentCount = computed(
    () => this.store.comments()?.points.reduce((sum, point) => sum + point.count, 0) ?? 0,
  );
  protected readonly isEmpty = computed(() => this.store.comments() !== null && this.commentCount() === 0);
  protected readonly summary = computed(() => {
    const points = this.store.comments()?.points ?? [];
    const view = this.store.view();
    if (view === null) return '';
    const locale = this.i18n.locale();
    const count = this.commentCount();
    const flagged = points.reduce((sum, point) => sum + point.flagged, 0);
    return this.i18n.t('trends.summary', {
      count: formatCount(count, locale),
      flagged: formatCount(flagged, locale),
      share: formatShare(count === 0 ? 0 : flagged / count, locale),
      from: formatDay(view.fromDay, locale),
      to: formatDay(view.toDay, locale),
    });
  });

  protected readonly charts = computed(() => {
    const comments = this.store.comments();
    const decisions = this.store.decisions();
    const query = this.store.query();
    const view = this.store.view();
    if (comments === null || decisions === null || query === null || view === null) {
      return null;
    }
    const texts = this.texts();
    const commentsCsv = trendCsvHref('comments', query);
    const card = (key: 'tone' | 'volume' | 'risk' | 'decisions', bucketCount: number) => {
      const title = this.i18n.t(`trends.chart.${key}` as const);
      return {
        title,
        testId: `trends-card-${key}`,
        chartTestId: `trends-chart-${key}`,
        fileName: chartFileName(key, view),
        ariaLabel: this.i18n.t('trends.chartLabel', {
          chart: title,
          buckets: bucketCount,
          from: formatDay(view.fromDay, texts.locale),
          to: formatDay(view.toDay, texts.locale),
        }),
      };
    };
    const bucketCount = comments.points.length;
    return {
      tone: {
        ...card('tone', bucketCount),
        options: buildToneTrendOptions(comments, texts),
        csv: commentsCsv,
      },
      volume: {
        ...card('volume', bucketCount),
        options: buildVolumeTrendOptions(comments, texts),
        csv: commentsCsv,
      },
      risk: {
        ...card('risk', bucketCount),
        options: buildRiskTrendOptions(comments, texts),
        csv: commentsCsv,
      },
      decisions: {
        ...card('decisions', decisions.points.length),
        options: buildDecisionTrendOptions(decisions, texts),
        csv: trendCsvHref('decisions', query),
        isEmpty: decisions.points.every((point) => point.total === 0),
      },
    };
  });
  protected readonly rankingCsvHref = computed(() => {
    const query = this.store.rankingQuery();
    return query === null ? '' : trendCsvHref('articles', query);
  });

  constructor() {
    void this.store.loadArticles();
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((parameters) => {
      void this.store.show(parseTrendView((name) => parameters.get(name)));
    });
  }

  /** Moves a change of the controls into the URL (the page follows the URL, so back and reload keep it). */
  protected changeView(changes: Partial<TrendView>): void {
    const current = this.store.view();
    if (current === null) return;
    const next = resolveTrendView({ ...current, ...changes }, this.store.extent());
    if (next !== null) {
      void this.router.navigate([], { relativeTo: this.route, queryParams: trendViewParameters(next) });
    }
  }

  protected changeSort(sort: ArticleTrendSort): void {
    this.changeView({ sort });
  }

  /** Back to the default view: the last 30 days, by day, without filters. */
  protected resetView(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  /** Opens the comments behind a clicked bucket in the queue (the previous period's bucket for a dashed series). */
  protected openComments(series: TrendSeries<TrendBucketRange> | null, click: TrendChartClick): void {
    const view = this.store.view();
    if (series === null || view === null) return;
    const meaning = trendSeriesMeaning(click.seriesId);
    const bucket = (meaning.isPrevious ? series.previous : series.points)?.[click.bucketIndex];
    if (bucket !== undefined) {
      void this.router.navigate([QUEUE_PATH], {
        queryParams: drillDownParameters({ bucket, category: meaning.category }, view),
      });
    }
  }
}
