import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { LANGUAGES, MAX_HOURLY_RANGE_DAYS, TREND_BUCKETS } from '@tenor/contracts';
import type { ArticleSummary, Language, TrendBucket } from '@tenor/contracts';
import {
  I18n,
  QUICK_RANGE_DAYS,
  ResolvedTrendView,
  TrendView,
  isHourlyAllowed,
  isIsoDay,
  rangeEndingAt,
} from '@tenor/dashboard/data-access';

/**
 * The trends page's controls: date range with quick ranges ending at the last day with comments, bucket size
 * (hours only for short ranges), comparison with the previous period, and section, article and language filters.
 */
@Component({
  selector: 'tenor-trend-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
  ],
  templateUrl: './trend-controls.component.html',
  styleUrl: './trend-controls.component.scss',
})
export class TrendControlsComponent {
  protected readonly i18n = inject(I18n);

  /** The shown view. */
  readonly view = input.required<ResolvedTrendView>();
  /** The last day with comments, where quick ranges end; null without comments. */
  readonly lastDay = input<string | null>(null);
  /** Sections to filter by. */
  readonly sections = input<readonly string[]>([]);
  /** Articles to filter by. */
  readonly articles = input<readonly ArticleSummary[]>([]);

  /** Emitted with the parts of the view that changed. */
  readonly viewChanged = output<Partial<TrendView>>();
  /** Emitted when every control goes back to its default. */
  readonly reset = output<void>();

  protected readonly maxHourlyDays = MAX_HOURLY_RANGE_DAYS;
  protected readonly isHourlyAllowed = computed(() =>
    isHourlyAllowed(this.view().fromDay, this.view().toDay),
  );
  protected readonly bucketOptions = computed(() =>
    TREND_BUCKETS.map((bucket) => ({
      value: bucket,
      label: this.i18n.t(`trends.bucket.${bucket}` as const),
    })),
  );
  protected readonly quickRanges = computed(() => {
    const lastDay = this.lastDay();
    const view = this.view();
    return lastDay === null
      ? []
      : QUICK_RANGE_DAYS.map((days) => {
          const range = rangeEndingAt(lastDay, days);
          return {
            days,
            range,
            isActive: range.fromDay === view.fromDay && range.toDay === view.toDay,
          };
        });
  });
  protected readonly languageOptions = computed(() =>
    LANGUAGES.map((language) => ({ value: language, label: this.i18n.t(`language.${language}` as const) })),
  );
  /** The articles of the chosen section (all without one), so the article list stays short. */
  protected readonly articleOptions = computed(() => {
    const section = this.view().section;
    return this.articles().filter((article) => section === null || article.section === section);
  });

  /** Applies a start day; a start after the end moves the end along, an emptied input changes nothing. */
  protected changeFromDay(value: string): void {
    if (!isIsoDay(value)) return;
    const toDay = this.view().toDay;
    this.viewChanged.emit({ fromDay: value, toDay: value > toDay ? value : toDay });
  }

  /** Applies an end day (inclusive); an end before the start moves the start along. */
  protected changeToDay(value: string): void {
    if (!isIsoDay(value)) return;
    const fromDay = this.view().fromDay;
    this.viewChanged.emit({ fromDay: value < fromDay ? value : fromDay, toDay: value });
  }

  protected chooseRange(range: { fromDay: string; toDay: string }): void {
    this.viewChanged.emit(range);
  }

  protected changeBucket(bucket: TrendBucket): void {
    this.viewChanged.emit({ bucket });
  }

  protected changeComparison(isComparing: boolean): void {
    this.viewChanged.emit({ isComparing });
  }

  /** Applies a section; an article of another section is dropped with it. */
  protected changeSection(section: string | null): void {
    const articleId = this.view().articleId;
    const article = this.articles().find((listed) => listed.id === articleId);
    const keepsArticle = section === null || article === undefined || article.section === section;
    this.viewChanged.emit({ section, articleId: keepsArticle ? articleId : null });
  }

  protected changeArticle(articleId: number | null): void {
    this.viewChanged.emit({ articleId });
  }

  protected changeLanguage(language: Language | null): void {
    this.viewChanged.emit({ language });
  }
}
