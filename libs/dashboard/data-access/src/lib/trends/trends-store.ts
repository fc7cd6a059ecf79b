import { Injectable, inject, signal } from '@angular/core';
import type { ArticleSummary, TonePoint } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';
import { EMPTY_TONE_TREND_FILTER, ToneTrendFilter, toneTrendQueryForFilter } from './tone-trend-range';

/** The tone series for the trends page, its filter, and the articles to filter by. Provide it per page. */
@Injectable()
export class TrendsStore {
  private readonly api = inject(TenorApi);
  private requestNumber = 0;

  /** The applied filter. */
  readonly filter = signal<ToneTrendFilter>(EMPTY_TONE_TREND_FILTER);
  /** One point per day; null until first loaded. */
  readonly points = signal<readonly TonePoint[] | null>(null);
  /** The articles for the article filter. */
  readonly articles = signal<readonly ArticleSummary[]>([]);
  /** Whether the series is loading. */
  readonly isLoading = signal(false);
  /** The last failed request. */
  readonly failure = signal<ApiFailure | null>(null);

  /** Loads the article choices and the series for the current filter. */
  async initialize(): Promise<void> {
    void this.loadArticles();
    await this.load();
  }

  /** Applies a filter and reloads the series. */
  async applyFilter(filter: ToneTrendFilter): Promise<void> {
    const current = this.filter();
    if (current.fromDay === filter.fromDay && current.toDay === filter.toDay && current.articleId === filter.articleId) {
      return;
    }
    this.filter.set(filter);
    await this.load();
  }

  /** Reloads the series for the current filter. */
  async load(): Promise<void> {
    const requestNumber = ++this.requestNumber;
    this.isLoading.set(true);
    this.failure.set(null);
    try {
      const points = await firstValueFrom(this.api.getToneTrend(toneTrendQueryForFilter(this.filter())));
      if (requestNumber === this.requestNumber) {
        this.points.set(points);
      }
    } catch (error) {
      if (requestNumber === this.requestNumber) {
        this.failure.set(toApiFailure(error));
      }
    } finally {
      if (requestNumber === this.requestNumber) {
        this.isLoading.set(false);
      }
    }
  }

  private async loadArticles(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.listArticles()));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
