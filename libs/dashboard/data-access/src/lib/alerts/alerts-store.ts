import { Injectable, computed, inject, signal } from '@angular/core';
import type { AlertStatus, ArticleSummary, HostileAlertView } from '@tenor/contracts';
import { firstValueFrom } from 'rxjs';
import { LatestLoad } from '../api/latest-load';
import { TenorApi } from '../api/tenor-api';
import { OpenAlertCount } from './open-alert-count';

/** Which alerts the list shows. */
export type AlertStatusFilter = AlertStatus | 'all';

/** The alerts page: alerts in a state, acknowledging them and switching their articles to pre-moderation. Provide it per page. */
@Injectable()
export class AlertsStore {
  private readonly api = inject(TenorApi);
  private readonly openAlertCount = inject(OpenAlertCount);
  private readonly loads = new LatestLoad();
  private readonly articles = signal<readonly ArticleSummary[]>([]);

  /** The state shown. */
  readonly status = signal<AlertStatusFilter>('open');
  /** The alerts, newest first as the API sends them; null until loaded. */
  readonly alerts = signal<readonly HostileAlertView[] | null>(null);
  /** Articles whose new comments wait for approval. */
  readonly premoderatedArticleIds = computed(
    () => new Set(this.articles().flatMap((article) => (article.isPremoderated ? [article.id] : []))),
  );
  /** Alerts being acknowledged, whose buttons are disabled meanwhile. */
  readonly busyAlertIds = signal<ReadonlySet<number>>(new Set());
  /** Articles whose pre-moderation is being switched, whose switches are disabled meanwhile. */
  readonly busyArticleIds = signal<ReadonlySet<number>>(new Set());
  /** Whether the list is loading. */
  readonly isLoading = this.loads.isLoading;
  /** The last failed request. */
  readonly failure = this.loads.failure;

  /** Loads the alerts of the current state and the articles' pre-moderation. */
  async load(): Promise<void> {
    void this.loadArticles();
    await this.loads.run(this.api.listAlerts(this.status()), (alerts) => this.alerts.set(alerts));
  }

  /** Shows the alerts in another state. */
  async showStatus(status: AlertStatusFilter): Promise<void> {
    if (status === this.status()) return;
    this.status.set(status);
    this.alerts.set(null);
    await this.load();
  }

  /** Acknowledges an alert; on the open list it then leaves the list. */
  async acknowledge(alert: HostileAlertView): Promise<void> {
    this.busyAlertIds.update((ids) => new Set([...ids, alert.id]));
    try {
      const acknowledged = await firstValueFrom(this.api.acknowledgeAlert(alert.id));
      this.alerts.update((alerts) =>
        (alerts ?? []).flatMap((listed) =>
          listed.id !== acknowledged.id ? [listed] : this.status() === 'open' ? [] : [acknowledged],
        ),
      );
      void this.openAlertCount.refresh();
    } catch (error) {
      this.loads.fail(error);
    } finally {
      this.busyAlertIds.update((ids) => new Set([...ids].filter((id) => id !== alert.id)));
    }
  }

  /** Switches an article's new comments to waiting for approval, or back. */
  async setPremoderation(articleId: number, isPremoderated: boolean): Promise<void> {
    this.busyArticleIds.update((ids) => new Set([...ids, articleId]));
    try {
      const article = await firstValueFrom(this.api.updateArticleModeration(articleId, { isPremoderated }));
      this.articles.update((articles) => {
        const others = articles.filter((listed) => listed.id !== article.id);
        return [...others, article];
      });
    } catch (error) {
      this.loads.fail(error);
    } finally {
      this.busyArticleIds.update((ids) => new Set([...ids].filter((id) => id !== articleId)));
    }
  }

  private async loadArticles(): Promise<void> {
    try {
      this.articles.set(await firstValueFrom(this.api.listArticles()));
    } catch {
      // Without the list the switches show "off"; the alert list reports real failures.
    }
  }
}
