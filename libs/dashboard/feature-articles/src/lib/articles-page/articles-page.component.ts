import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import type { ArticleSummary } from '@tenor/contracts';
import { ArticlesStore, I18n } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCompound, formatPublishedDate } from '@tenor/dashboard/ui';

interface ArticleRow {
  article: ArticleSummary;
  published: string | null;
  meanTone: string | null;
  toneClass: string;
}

/** Columns of the article table, in display order. */
const ARTICLE_COLUMNS = ['title', 'published', 'comments', 'flagged', 'pending', 'approved', 'rejected', 'escalated', 'meanTone'] as const;

/** Tone compounds beyond these bounds colour the mean tone; VADER's customary ±0.05 label thresholds. */
const NEGATIVE_TONE_BOUND = -0.05;
const POSITIVE_TONE_BOUND = 0.05;

/** Every article with its comment counts and mean tone; a row opens the queue filtered to that article. */
@Component({
  selector: 'tenor-articles-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, MatTableModule, ErrorBannerComponent],
  providers: [ArticlesStore],
  templateUrl: './articles-page.component.html',
  styleUrl: './articles-page.component.scss',
})
export class ArticlesPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ArticlesStore);
  private readonly router = inject(Router);

  protected readonly columns = ARTICLE_COLUMNS;

  protected readonly rows = computed<ArticleRow[]>(() => {
    const locale = this.i18n.locale();
    return (this.store.articles() ?? []).map((article) => ({
      article,
      published: article.publishedAt === null ? null : formatPublishedDate(article.publishedAt, article.publishedAtPrecision, locale),
      meanTone: article.meanCompound === null ? null : formatCompound(article.meanCompound, locale),
      toneClass:
        article.meanCompound === null
          ? ''
          : article.meanCompound <= NEGATIVE_TONE_BOUND
            ? 'tone--negative'
            : article.meanCompound >= POSITIVE_TONE_BOUND
              ? 'tone--positive'
              : 'tone--neutral',
    }));
  });

  protected readonly failureMessage = computed(() => {
    const failure = this.store.failure();
    if (failure === null) {
      return null;
    }
    return failure.message ?? (failure.status === 0 ? this.i18n.t('error.network') : this.i18n.t('error.status', { status: failure.status }));
  });

  protected readonly isEmpty = computed(() => this.store.articles()?.length === 0);

  constructor() {
    void this.store.load();
  }

  /** Opens the moderation queue filtered to one article. */
  protected openArticleQueue(article: ArticleSummary): void {
    void this.router.navigate(['/queue'], { queryParams: { articleId: article.id } });
  }
}
