import { Injectable, inject, signal } from '@angular/core';
import type { ArticleSummary, TonePoint } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import { EMPTY_TONE_TREND_FILTER, ToneTrendFilter, toneTrendQueryForFilter } from './tone-trend-range';

/** The tone series for the trends page, its filter, and the articles to filter by. Provide it per page. */
@Injectable()
export class TrendsStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The applied filter. */
  readonly filter = signal<ToneTrendFilter>(EMPTY_TONE_TREND_FILTER);
  /** One point per day; null until first loaded. */
  readonly points = signal<readonly TonePoint[] | null>(null);
  /** The articles for the article filter. */
  readonly articles = signal<readonly ArticleSummary[]>([]);
  /** Whether a load is in flight. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed request. */
  readonly failure = this.loads.failure;

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
    await this.loads.run(this.api.getToneTrend(toneTrendQueryForFilter(this.filter())), (value) => this.points.set(value));
  }

  private async loadArticles(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.listArticles()));
    } catch (error) {
      this.loads.fail(error);
    }
  }
}
