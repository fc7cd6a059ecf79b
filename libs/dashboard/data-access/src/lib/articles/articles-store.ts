import { Injectable, inject, signal } from '@angular/core';
import type { ArticleSummary } from '@tenor/contracts';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';

/** The article list with its counts. Provide it per page. */
@Injectable()
export class ArticlesStore {
  private readonly api = inject(TenorApi);
  private readonly loads = new LatestLoad();

  /** The articles as the API orders them; null until first loaded. */
  readonly articles = signal<readonly ArticleSummary[] | null>(null);
  /** Whether a load is in flight. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed request. */
  readonly failure = this.loads.failure;

  /** Loads (or reloads) the article list. */
  async load(): Promise<void> {
    await this.loads.run(this.api.listArticles(), (value) => this.articles.set(value));
  }
}
