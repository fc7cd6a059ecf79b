import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ARTICLE_TREND_SORTS } from '@tenor/contracts';
import type { ArticleTrendPage, ArticleTrendSort } from '@tenor/contracts';
import { I18n } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCompound, formatCount, formatShare } from '@tenor/dashboard/ui';

/** The articles of the range ranked by negative share, flagged share, volume or acceleration; a row opens its page. */
@Component({
  selector: 'tenor-article-ranking',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule, MatProgressBarModule, RouterLink, ErrorBannerComponent],
  templateUrl: './article-ranking.component.html',
  styleUrl: './article-ranking.component.scss',
})
export class ArticleRankingComponent {
  protected readonly i18n = inject(I18n);

  /** The ranking; null until loaded. */
  readonly page = input<ArticleTrendPage | null>(null);
  /** The order. */
  readonly sort = input.required<ArticleTrendSort>();
  /** The CSV download of the same ranking. */
  readonly csvHref = input.required<string>();
  /** Whether it is loading. */
  readonly isLoading = input(false);
  /** What went wrong, if anything. */
  readonly failureMessage = input<string | null>(null);

  /** Emitted with a new order. */
  readonly sortChanged = output<ArticleTrendSort>();
  /** Emitted when the user retries after a failure. */
  readonly retried = output<void>();

  protected readonly sortOptions = computed(() =>
    ARTICLE_TREND_SORTS.map((sort) => ({ value: sort, label: this.i18n.t(`ranking.sort.${sort}` as const) })),
  );
  protected readonly accelerationHint = computed(() =>
    this.i18n.t('ranking.accelerationHint', { hours: this.page()?.recentHours ?? '?' }),
  );
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return (this.page()?.items ?? []).map((item) => ({
      item,
      count: formatCount(item.count, locale),
      negative: formatShare(item.negativeShare, locale),
      flagged: formatShare(item.flaggedShare, locale),
      acceleration: `× ${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(item.acceleration)}`,
      meanTone: item.meanCompound === null ? '–' : formatCompound(item.meanCompound, locale),
    }));
  });
  protected readonly isEmpty = computed(() => this.page()?.items.length === 0);
}
