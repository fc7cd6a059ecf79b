import { Injectable, inject, signal } from '@angular/core';
import type { ArticleTrendDetail, HostileAlertView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import { OpenAlertCount } from '../alerts/open-alert-count';

/** One article's page: its comment timeline, top evidence terms, alerts and pre-moderation switch. Provide it per page. */
@Injectable()
export class ArticleInsightsStore {
  private readonly api = inject(TenorApi);
  private readonly openAlertCount = inject(OpenAlertCount);
  private readonly loads = new LatestLoad();
  private articleId: number | null = null;

  /** The article's trend detail; null until loaded. */
  readonly detail = signal<ArticleTrendDetail | null>(null);
  /** Whether the pre-moderation switch is being saved. */
  readonly isSavingModeration = signal(false);
  /** Alerts being acknowledged. */
  readonly busyAlertIds = signal<ReadonlySet<number>>(new Set());
  /** Whether the detail is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed request (404 for an unknown article). */
  readonly failure = this.loads.failure;

  /** Loads an article's detail. */
  async load(articleId: number): Promise<void> {
    if (articleId !== this.articleId) this.detail.set(null);
    this.articleId = articleId;
    await this.loads.run(this.api.getArticleTrend(articleId), (detail) => this.detail.set(detail));
  }

  /** Loads the current article again. */
  async reload(): Promise<void> {
    if (this.articleId !== null) await this.load(this.articleId);
  }

  /** Switches the article's new comments to waiting for approval, or back. */
  async setPremoderation(isPremoderated: boolean): Promise<void> {
    const detail = this.detail();
    if (detail === null) return;
    this.isSavingModeration.set(true);
    try {
      const article = await firstValueFrom(
        this.api.updateArticleModeration(detail.articleId, { isPremoderated }),
      );
      this.detail.update((current) =>
        current?.articleId === article.id ? { ...current, isPremoderated: article.isPremoderated } : current,
      );
    } catch (error) {
      this.loads.fail(error);
    } finally {
      this.isSavingModeration.set(false);
    }
  }

  /** Acknowledges one of the article's alerts. */
  async acknowledge(alert: HostileAlertView): Promise<void> {
    this.busyAlertIds.update((ids) => new Set([...ids, alert.id]));
    try {
      const acknowledged = await firstValueFrom(this.api.acknowledgeAlert(alert.id));
      this.detail.update((current) =>
        current === null
          ? current
          : {
              ...current,
              alerts: current.alerts.map((listed) => (listed.id === acknowledged.id ? acknowledged : listed)),
            },
      );
      void this.openAlertCount.refresh();
    } catch (error) {
      this.loads.fail(error);
    } finally {
      this.busyAlertIds.update((ids) => new Set([...ids].filter((id) => id !== alert.id)));
    }
  }
}
