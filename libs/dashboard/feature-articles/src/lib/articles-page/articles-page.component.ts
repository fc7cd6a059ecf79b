import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import type { ArticleSummary } from '@tenor/contracts';
import { ArticlesStore, I18n, SessionStore } from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, formatCompound, formatPublishedDate } from '@tenor/dashboard/ui';

interface ArticleRow {
  article: ArticleSummary;
  published: string | null;
  meanTone: string | null;
  toneClass: string;
}

/** Columns of the article table, in display order. */
const ARTICLE_COLUMNS = [
  'title',
  'published',
  'comments',
  'flagged',
  'pending',
  'approved',
  'rejected',
  'escalated',
  'meanTone',
] as const;

/** Tone compounds beyond these bounds colour the mean tone; VADER's customary ±0.05 label thresholds. */
const NEGATIVE_TONE_BOUND = -0.05;
const POSITIVE_TONE_BOUND = 0.05;

/**
 * Every article with its comment counts, mean tone and pre-moderation; a row opens the article's page (timeline,
 * alerts) for editors and admins, and the queue filtered to that article for moderators.
 */
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
  private readonly sessions = inject(SessionStore);

  protected readonly columns = ARTICLE_COLUMNS;

  protected readonly rows = computed<ArticleRow[]>(() => {
    const locale = this.i18n.locale();
    return (this.store.articles() ?? []).map((article) => ({
      article,
      published:
        article.publishedAt === null
          ? null
          : formatPublishedDate(article.publishedAt, article.publishedAtPrecision, locale),
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
    return (
      failure.message ??
      (failure.status === 0
        ? this.i18n.t('error.network')
        : this.i18n.t('error.status', { status: failure.status }))
    );
  });

  protected readonly isEmpty = computed(() => this.store.articles()?.length === 0);
  /** Whether rows open the article page (editors, admins) rather than the queue. */
  protected readonly opensInsights = computed(() => this.sessions.canAccess('trends'));

  constructor() {
    void this.store.load();
  }

  /** Opens the article's page, or for moderators the moderation queue filtered to the article. */
  protected openArticle(article: ArticleSummary): void {
    if (this.opensInsights()) {
      void this.router.navigate(['/articles', article.id]);
    } else {
      void this.router.navigate(['/queue'], { queryParams: { articleId: article.id } });
    }
  }
}
