import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { EMPTY_TONE_TREND_FILTER, I18n, TrendsStore } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, ToneChartComponent, formatCount } from '@tenor/dashboard/ui';

/** Tone over time: mean compound and volume per day, filtered by an optional date range and article. */
@Component({
  selector: 'tenor-trends-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, ErrorBannerComponent, ToneChartComponent],
  providers: [TrendsStore],
  templateUrl: './trends-page.component.html',
  styleUrl: './trends-page.component.scss',
})
export class TrendsPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(TrendsStore);

  protected readonly hasFilter = computed(() => {
    const filter = this.store.filter();
    return filter.fromDay !== null || filter.toDay !== null || filter.articleId !== null;
  });

  protected readonly summary = computed(() => {
    const points = this.store.points() ?? [];
    const count = points.reduce((sum, point) => sum + point.count, 0);
    const locale = this.i18n.locale();
    return this.i18n.t('trends.summary', { count: formatCount(count, locale), days: formatCount(points.length, locale) });
  });

  protected readonly failureMessage = computed(() => {
    const failure = this.store.failure();
    if (failure === null) {
      return null;
    }
    return failure.message ?? (failure.status === 0 ? this.i18n.t('error.network') : this.i18n.t('error.status', { status: failure.status }));
  });

  constructor() {
    void this.store.initialize();
  }

  /** Applies a new start day from the date input; an emptied input removes the bound. */
  protected changeFromDay(value: string): void {
    void this.store.applyFilter({ ...this.store.filter(), fromDay: value === '' ? null : value });
  }

  /** Applies a new (inclusive) end day from the date input; an emptied input removes the bound. */
  protected changeToDay(value: string): void {
    void this.store.applyFilter({ ...this.store.filter(), toDay: value === '' ? null : value });
  }

  /** Applies an article filter; null shows all articles. */
  protected changeArticle(articleId: number | null): void {
    void this.store.applyFilter({ ...this.store.filter(), articleId });
  }

  /** Back to all data. */
  protected resetFilter(): void {
    void this.store.applyFilter(EMPTY_TONE_TREND_FILTER);
  }
}
