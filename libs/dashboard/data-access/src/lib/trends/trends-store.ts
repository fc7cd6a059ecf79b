import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ArticleSummary,
  ArticleTrendPage,
  CommentTrendPoint,
  DecisionTrendPoint,
  TrendExtent,
  TrendSeries,
} from '@tenor/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import {
  DEFAULT_TREND_VIEW,
  ResolvedTrendView,
  TrendView,
  articleTrendQueryForView,
  resolveTrendView,
  trendQueryForView,
} from './trend-view';

/**
 * The trends page: the extent of the data (for the default range), the comment and decision series of the view,
 * the article ranking, and the articles for the section and article filters. Provide it per page.
 */
@Injectable()
export class TrendsStore {
  private readonly api = inject(TenorApi);
  private readonly seriesLoads = new LatestLoad();
  private readonly rankingLoads = new LatestLoad();
  private requestedView: TrendView = DEFAULT_TREND_VIEW;

  /** The first and last day with comments; null until loaded. */
  readonly extent = signal<TrendExtent | null>(null);
  /** The view the charts show, its range filled in; null until the extent is known or without any comments. */
  readonly view = signal<ResolvedTrendView | null>(null);
  /** Comments per bucket (and the previous period when comparing); null until loaded. */
  readonly comments = signal<TrendSeries<CommentTrendPoint> | null>(null);
  /** Decisions per bucket; null until loaded. */
  readonly decisions = signal<TrendSeries<DecisionTrendPoint> | null>(null);
  /** The ranked articles of the range; null until loaded. */
  readonly ranking = signal<ArticleTrendPage | null>(null);
  /** Every article, for the article filter and the section choices. */
  readonly articles = signal<readonly ArticleSummary[]>([]);
  /** Sections that articles carry, sorted. */
  readonly sections = computed(() =>
    [...new Set(this.articles().flatMap((article) => (article.section ? [article.section] : [])))].sort(
      (left, right) => left.localeCompare(right, 'de'),
    ),
  );
  /** Whether the extent says there are no comments at all. */
  readonly hasNoComments = computed(() => {
    const extent = this.extent();
    return extent !== null && extent.lastDay === null;
  });
  /** The series query of the view, for the CSV links. */
  readonly query = computed(() => {
    const view = this.view();
    return view === null ? null : trendQueryForView(view);
  });
  /** The ranking query of the view, for its CSV link. */
  readonly rankingQuery = computed(() => {
    const view = this.view();
    return view === null ? null : articleTrendQueryForView(view);
  });
  /** Whether the series are loading. */
  readonly isLoading = this.seriesLoads.isLoading;
  /** The last failed series (or extent) request. */
  readonly failure = this.seriesLoads.failure;
  /** Whether the ranking is loading. */
  readonly isRankingLoading = this.rankingLoads.isLoading;
  /** The last failed ranking request. */
  readonly rankingFailure = this.rankingLoads.failure;

  /** Loads the articles for the filters; a failure only leaves the choices empty (the series report real failures). */
  async loadArticles(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.listArticles()));
    } catch {
      // The filters work without the list; the page still shows the charts.
    }
  }

  /** Shows a view: resolves its range against the extent and loads what changed (series, ranking or both). */
  async show(view: TrendView): Promise<void> {
    this.requestedView = view;
    const extent = this.extent() ?? (await this.loadExtent());
    if (this.requestedView !== view) {
      return;
    }
    const previous = this.view();
    const resolved = resolveTrendView(view, extent);
    this.view.set(resolved);
    if (resolved === null) {
      this.comments.set(null);
      this.decisions.set(null);
      this.ranking.set(null);
      return;
    }
    const hasSameSeries =
      previous !== null && isSameQuery(trendQueryForView(previous), trendQueryForView(resolved));
    const hasSameRanking =
      previous !== null &&
      isSameQuery(articleTrendQueryForView(previous), articleTrendQueryForView(resolved));
    await Promise.all([hasSameSeries ? null : this.loadSeries(), hasSameRanking ? null : this.loadRanking()]);
  }

  /** Loads everything again, the extent too when it failed (the retry of the error banner). */
  async reload(): Promise<void> {
    this.view.set(null);
    await this.show(this.requestedView);
  }

  /** Reloads the ranking (after an article's pre-moderation changed elsewhere, say). */
  async loadRanking(): Promise<void> {
    const view = this.view();
    if (view === null) return;
    await this.rankingLoads.run(this.api.listArticleTrends(articleTrendQueryForView(view)), (page) =>
      this.ranking.set(page),
    );
  }

  private async loadSeries(): Promise<void> {
    const view = this.view();
    if (view === null) return;
    const query = trendQueryForView(view);
    await this.seriesLoads.run(
      forkJoin({ comments: this.api.getCommentTrend(query), decisions: this.api.getDecisionTrend(query) }),
      ({ comments, decisions }) => {
        this.comments.set(comments);
        this.decisions.set(decisions);
      },
    );
  }

  private async loadExtent(): Promise<TrendExtent | null> {
    await this.seriesLoads.run(this.api.getTrendExtent(), (extent) => this.extent.set(extent));
    return this.extent();
  }
}

function isSameQuery(left: object, right: object): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
