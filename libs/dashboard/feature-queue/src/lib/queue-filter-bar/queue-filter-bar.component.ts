import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LANGUAGES, RISK_CATEGORIES } from '@tenor/contracts';
import type { Language, RiskCategory } from '@tenor/contracts';
import {
  I18n,
  QueueFilters,
  QueueView,
  hasInstantRange,
  hasQueueFilters,
  isIsoInstant,
} from '@tenor/dashboard/data-access';
import {
  formatDateTime,
  formatDay,
  formatInstantRange,
  newsroomDay,
  newsroomDayBefore,
} from '@tenor/dashboard/ui';

/** Typing pauses this long before the search runs, so every keystroke does not reload the list. */
const SEARCH_DEBOUNCE_MS = 350;

/** The queue's filters: search, section, language, risk category, held for approval, date range, risk range, and chips for article and author. */
@Component({
  selector: 'tenor-queue-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './queue-filter-bar.component.html',
  styleUrl: './queue-filter-bar.component.scss',
})
export class QueueFilterBarComponent implements OnDestroy {
  protected readonly i18n = inject(I18n);
  private readonly searchInput = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  /** The current view with its filters. */
  readonly view = input.required<QueueView>();
  /** The sections to choose from; the section filter is hidden without any. */
  readonly sections = input<readonly string[]>([]);
  /** Title of the filtered article, for its chip. */
  readonly articleTitle = input<string | null>(null);

  /** Emitted with the filters that changed. */
  readonly filtersChanged = output<Partial<QueueFilters>>();

  protected readonly languageOptions = computed(() =>
    LANGUAGES.map((language) => ({ value: language, label: this.i18n.t(`language.${language}` as const) })),
  );
  protected readonly categoryOptions = computed(() =>
    RISK_CATEGORIES.map((category) => ({
      value: category,
      label: this.i18n.t(`category.${category}` as const),
    })),
  );
  protected readonly hasFilters = computed(() => hasQueueFilters(this.view()));
  /** The day inputs show the newsroom day of an instant bound (a chart bucket); the chip shows it exactly. */
  protected readonly fromDay = computed(() => {
    const from = this.view().from;
    return from === null ? '' : isIsoInstant(from) ? newsroomDay(from) : from;
  });
  protected readonly toDay = computed(() => {
    const to = this.view().to;
    return to === null ? '' : isIsoInstant(to) ? newsroomDayBefore(to) : to;
  });
  /** The exact period when a bound is an instant (a chart bucket), e.g. "05.03.2024, 15:00 – 16:00"; else null. */
  protected readonly timeRangeLabel = computed(() => {
    const { from, to } = this.view();
    if (!hasInstantRange({ from, to })) {
      return null;
    }
    const locale = this.i18n.locale();
    if (isIsoInstant(from) && isIsoInstant(to)) {
      return formatInstantRange(from, to, locale);
    }
    const describe = (bound: string | null) =>
      bound === null ? '…' : isIsoInstant(bound) ? formatDateTime(bound, locale) : formatDay(bound, locale);
    return `${describe(from)} – ${describe(to)}`;
  });

  /** Puts the cursor into the search box (the `/` key). */
  focusSearch(): void {
    this.searchInput().nativeElement.focus();
    this.searchInput().nativeElement.select();
  }

  /** Runs the search after a pause in typing. */
  protected searchTyped(value: string): void {
    this.clearSearchTimer();
    this.searchTimer = setTimeout(() => this.applySearch(value), SEARCH_DEBOUNCE_MS);
  }

  /** Runs the search at once (Enter). */
  protected applySearch(value: string): void {
    this.clearSearchTimer();
    const search = value.trim() === '' ? null : value.trim();
    if (search !== this.view().search) {
      this.filtersChanged.emit({ search });
    }
  }

  protected changeSection(section: string | null): void {
    this.filtersChanged.emit({ section });
  }

  protected changeLanguage(language: Language | null): void {
    this.filtersChanged.emit({ language });
  }

  protected changeCategory(category: RiskCategory | null): void {
    this.filtersChanged.emit({ category });
  }

  protected changeHeld(held: boolean | null): void {
    this.filtersChanged.emit({ held });
  }

  /** Applies a day from a date input; it replaces an instant bound, and an emptied input removes the bound. */
  protected changeDay(bound: 'from' | 'to', value: string): void {
    this.filtersChanged.emit({ [bound]: value === '' ? null : value });
  }

  /** Applies a risk bound typed as 0..1 (a comma works as decimal separator); anything else clears it. */
  protected changeRisk(bound: 'minRisk' | 'maxRisk', value: string): void {
    const risk = Number(value.replace(',', '.'));
    this.filtersChanged.emit({
      [bound]: value.trim() === '' || !Number.isFinite(risk) ? null : Math.min(Math.max(risk, 0), 1),
    });
  }

  protected removeArticle(): void {
    this.filtersChanged.emit({ articleId: null });
  }

  protected removeAuthor(): void {
    this.filtersChanged.emit({ author: null });
  }

  protected removeTimeRange(): void {
    this.filtersChanged.emit({ from: null, to: null });
  }

  /** Clears every filter (the tab and sort stay). */
  protected resetFilters(): void {
    this.clearSearchTimer();
    this.searchInput().nativeElement.value = '';
    this.filtersChanged.emit({
      articleId: null,
      section: null,
      language: null,
      category: null,
      held: null,
      author: null,
      search: null,
      minRisk: null,
      maxRisk: null,
      from: null,
      to: null,
    });
  }

  ngOnDestroy(): void {
    this.clearSearchTimer();
  }

  private clearSearchTimer(): void {
    if (this.searchTimer !== null) {
      clearTimeout(this.searchTimer);
      this.searchTimer = null;
    }
  }
}
