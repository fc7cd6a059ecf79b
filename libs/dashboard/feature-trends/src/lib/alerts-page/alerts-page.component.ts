import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { ALERT_STATUSES } from '@tenor/contracts';
import type { HostileAlertView } from '@tenor/contracts';
import {
  AlertStatusFilter,
  AlertsStore,
  I18n,
  LiveUpdates,
  OpenAlertCount,
  alertCommentsParameters,
  failureText,
} from '@tenor/dashboard/data-access';
import {
  ErrorBannerComponent,
  formatCount,
  formatDateTime,
  formatInstantRange,
  formatShare,
} from '@tenor/dashboard/ui';

/**
 * Hostile-thread alerts for editors: which article, which signal, in which window, how far above its baseline;
 * an editor acknowledges an alert or switches the article to pre-moderation from here. New alerts arrive live.
 */
@Component({
  selector: 'tenor-alerts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    RouterLink,
    ErrorBannerComponent,
  ],
  providers: [AlertsStore, LiveUpdates],
  templateUrl: './alerts-page.component.html',
  styleUrl: './alerts-page.component.scss',
})
export class AlertsPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(AlertsStore);
  private readonly live = inject(LiveUpdates);
  private readonly openAlertCount = inject(OpenAlertCount);

  protected readonly statusOptions = computed(() =>
    [...ALERT_STATUSES, 'all' as const].map((status) => ({
      value: status,
      label: this.i18n.t(`alerts.status.${status}` as const),
    })),
  );
  protected readonly failureMessage = computed(() => failureText(this.i18n, this.store.failure()));
  protected readonly emptyText = computed(() => this.i18n.t(`alerts.empty.${this.store.status()}` as const));
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    const premoderated = this.store.premoderatedArticleIds();
    return (this.store.alerts() ?? []).map((alert) => ({
      alert,
      signal: this.i18n.t(`alerts.signal.${alert.signal}` as const),
      window: formatInstantRange(alert.windowStart, alert.windowEnd, locale),
      count: this.i18n.t('alerts.count', { count: formatCount(alert.count, locale) }),
      share: this.i18n.t('alerts.share', {
        share: formatShare(alert.share, locale),
        baseline: formatShare(alert.baseline, locale),
      }),
      zScore: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(alert.zScore),
      detectedAt: formatDateTime(alert.detectedAt, locale),
      webhook: this.i18n.t(`alerts.webhook.${alert.webhook}` as const),
      state:
        alert.status === 'open'
          ? this.i18n.t('alerts.open')
          : this.i18n.t('alerts.acknowledgedBy', {
              user: alert.acknowledgedBy ?? '?',
              date: alert.acknowledgedAt === null ? '' : formatDateTime(alert.acknowledgedAt, locale),
            }),
      isPremoderated: premoderated.has(alert.articleId),
      commentsParameters: alertCommentsParameters(alert),
    }));
  });

  constructor() {
    void this.store.load();
    this.live.connect();
    this.live.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event.type === 'alert.opened') {
        void this.store.load();
        void this.openAlertCount.refresh();
      }
    });
  }

  protected changeStatus(status: AlertStatusFilter): void {
    void this.store.showStatus(status);
  }

  protected acknowledge(alert: HostileAlertView): void {
    void this.store.acknowledge(alert);
  }

  protected changePremoderation(alert: HostileAlertView, isPremoderated: boolean): void {
    void this.store.setPremoderation(alert.articleId, isPremoderated);
  }
}
