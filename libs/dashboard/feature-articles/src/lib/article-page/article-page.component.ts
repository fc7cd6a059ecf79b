import { DOCUMENT, Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import type { HostileAlertView } from '@tenor/contracts';
import {
  ArticleInsightsStore,
  I18n,
  QUEUE_PATH,
  alertCommentsParameters,
  drillDownParameters,
  failureText,
  trendChartTexts,
} from '@tenor/dashboard/data-access';
import {
  ErrorBannerComponent,
  RISK_CATEGORY_COLORS,
  TrendChartClick,
  TrendChartComponent,
  buildArticleTimelineOptions,
  formatCompound,
  formatCount,
  formatDateTime,
  formatInstantRange,
  formatShare,
} from '@tenor/dashboard/ui';

/** Where "back" goes when the page was opened directly. */
const FALLBACK_PATH = '/trends';

/**
 * One article for editors: its comments hour by hour with the publication and alert episodes marked, its most
 * frequent evidence terms, its alerts, the switch to pre-moderation, and the way to its comments.
 */
@Component({
  selector: 'tenor-article-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    RouterLink,
    ErrorBannerComponent,
    TrendChartComponent,
  ],
  providers: [ArticleInsightsStore],
  templateUrl: './article-page.component.html',
  styleUrl: './article-page.component.scss',
})
export class ArticlePageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ArticleInsightsStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly document = inject(DOCUMENT);
  private readonly chart = viewChild(TrendChartComponent);

  /** The article id from the route (`/articles/:id`). */
  readonly id = input.required<string>();

  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));
  protected readonly published = computed(() => {
    const publishedAt = this.store.detail()?.publishedAt ?? null;
    return publishedAt === null
      ? this.i18n.t('article.unpublished')
      : this.i18n.t('article.published', { date: formatDateTime(publishedAt, this.i18n.locale()) });
  });
  protected readonly summary = computed(() => {
    const points = this.store.detail()?.points ?? [];
    const locale = this.i18n.locale();
    const count = points.reduce((sum, point) => sum + point.count, 0);
    const flagged = points.reduce((sum, point) => sum + point.flagged, 0);
    const toneSum = points.reduce((sum, point) => sum + (point.meanCompound ?? 0) * point.count, 0);
    return {
      count,
      text: this.i18n.t('article.summary', {
        count: formatCount(count, locale),
        flagged: `${formatCount(flagged, locale)} (${formatShare(count === 0 ? 0 : flagged / count, locale)})`,
        tone: count === 0 ? '–' : formatCompound(toneSum / count, locale),
      }),
    };
  });
  protected readonly timeline = computed(() => {
    const detail = this.store.detail();
    if (detail === null || detail.points.length === 0) return null;
    const locale = this.i18n.locale();
    const first = detail.points[0];
    const last = detail.points[detail.points.length - 1];
    return {
      options: buildArticleTimelineOptions(detail, trendChartTexts(this.i18n)),
      bucketCount: detail.points.length,
      ariaLabel: this.i18n.t('article.timelineLabel', {
        from: formatDateTime(first.start, locale),
        to: formatDateTime(last.end, locale),
      }),
    };
  });
  protected readonly terms = computed(() =>
    (this.store.detail()?.topTerms ?? []).map((term) => ({
      ...term,
      categoryLabel: this.i18n.t(`category.${term.category}` as const),
      color: RISK_CATEGORY_COLORS[term.category],
    })),
  );
  protected readonly alerts = computed(() => {
    const locale = this.i18n.locale();
    return (this.store.detail()?.alerts ?? []).map((alert) => ({
      alert,
      signal: this.i18n.t(`alerts.signal.${alert.signal}` as const),
      window: formatInstantRange(alert.windowStart, alert.windowEnd, locale),
      share: this.i18n.t('alerts.share', {
        share: formatShare(alert.share, locale),
        baseline: formatShare(alert.baseline, locale),
      }),
      zScore: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(alert.zScore),
      state:
        alert.status === 'open'
          ? this.i18n.t('alerts.open')
          : this.i18n.t('alerts.acknowledgedBy', {
              user: alert.acknowledgedBy ?? '?',
              date: alert.acknowledgedAt === null ? '' : formatDateTime(alert.acknowledgedAt, locale),
            }),
      commentsParameters: alertCommentsParameters(alert),
    }));
  });
  protected readonly queueParameters = computed(() => ({ tab: 'all', articleId: this.id() }));

  constructor() {
    effect(() => {
      const articleId = Number(this.id());
      untracked(() => {
        if (Number.isInteger(articleId) && articleId > 0) void this.store.load(articleId);
      });
    });
  }

  /** Back to the page before (the trends or the alerts), or to the trends when opened directly. */
  protected goBack(): void {
    if (this.router.lastSuccessfulNavigation()?.previousNavigation) {
      this.location.back();
    } else {
      void this.router.navigateByUrl(FALLBACK_PATH);
    }
  }

  protected changePremoderation(isPremoderated: boolean): void {
    void this.store.setPremoderation(isPremoderated);
  }

  protected acknowledge(alert: HostileAlertView): void {
    void this.store.acknowledge(alert);
  }

  /** Opens the comments of a clicked hour in the queue. */
  protected openComments(click: TrendChartClick): void {
    const detail = this.store.detail();
    const bucket = detail?.points[click.bucketIndex];
    if (detail === null || bucket === undefined) return;
    void this.router.navigate([QUEUE_PATH], {
      queryParams: drillDownParameters(
        { bucket, category: null },
        { section: null, articleId: detail.articleId, language: null },
      ),
    });
  }

  /** Saves the timeline as a PNG file. */
  protected downloadPng(): void {
    const dataUrl = this.chart()?.toPngDataUrl();
    const detail = this.store.detail();
    if (!dataUrl || detail === null) return;
    const link = this.document.createElement('a');
    link.href = dataUrl;
    link.download = `tenor-article-${detail.articleId}.png`;
    link.click();
  }
}
