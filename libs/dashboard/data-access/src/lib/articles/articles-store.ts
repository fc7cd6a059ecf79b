import { Injectable, inject, signal } from '@angular/core';
import type { ArticleSummary } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiFailure, toApiFailure } from '../api/api-failure';
import { TenorApi } from '../api/tenor-api';

/** The article list with its counts. Provide it per page. */
@Injectable()
export class ArticlesStore {
  private readonly api = inject(TenorApi);
  private requestNumber = 0;

  /** The articles as the API orders them; null until first loaded. */
  readonly articles = signal<readonly ArticleSummary[] | null>(null);
  /** Whether a load is in flight. */
  readonly isLoading = signal(false);
  /** The last failed load. */
  readonly failure = signal<ApiFailure | null>(null);

  /** Loads (or reloads) the article list. */
  async load(): Promise<void> {
    const requestNumber = ++this.requestNumber;
    this.isLoading.set(true);
    this.failure.set(null);
    try {
      const articles = await firstValueFrom(this.api.listArticles());
      if (requestNumber === this.requestNumber) {
        this.articles.set(articles);
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
}
