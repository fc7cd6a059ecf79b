import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AlertSettingsStore,
  I18n,
  ModelStore,
  PolicyPreviewStore,
  PolicyStore,
  PrivacyStore,
  failureText,
} from '@tenor/dashboard/data-access';
import { ErrorBannerComponent } from '@tenor/dashboard/ui';
import { map } from 'rxjs';
import { AlertSettingsFormComponent } from './alert-settings-form.component';
import { ModelPanelComponent } from './model-panel.component';
import { PolicyEditorComponent } from './policy-editor.component';
import { PrivacyPanelComponent } from './privacy-panel.component';
import { ReapplyProgressComponent } from './reapply-progress.component';

/** The tabs of the settings page, in display order; the first is the default (no `tab` in the URL). */
const SETTINGS_TABS = ['policy', 'model', 'alerts', 'privacy'] as const;
type SettingsTab = (typeof SETTINGS_TABS)[number];

/**
 * Admin settings, one tab per concern: the moderation policy (with preview and versions), the offense model that
 * learns from moderators, the alerts on hostile threads, and GDPR erasure requests. The running re-apply run shows
 * above the tabs.
 */
@Component({
  selector: 'tenor-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatProgressBarModule,
    MatTabsModule,
    ErrorBannerComponent,
    AlertSettingsFormComponent,
    ModelPanelComponent,
    PolicyEditorComponent,
    PrivacyPanelComponent,
    ReapplyProgressComponent,
  ],
  providers: [AlertSettingsStore, PolicyStore, PolicyPreviewStore, ModelStore, PrivacyStore],
  template: `
    <section class="settings-page">
      <h1>{{ i18n.t('settings.title') }}</h1>
      @if (policies.job(); as job) {
        <tenor-reapply-progress [job]="job" />
      }
      <!-- Kept alive across tab switches: an edited, unsaved policy must survive a look at the model. -->
      <mat-tab-group
        preserveContent
        mat-stretch-tabs="false"
        animationDuration="0ms"
        [selectedIndex]="selectedIndex()"
        (selectedIndexChange)="selectTab($event)"
      >
        <mat-tab>
          <ng-template mat-tab-label>
            <span data-testid="settings-tab-policy">{{ i18n.t('settings.tab.policy') }}</span>
          </ng-template>
          <div class="settings-page__tab">
            <tenor-policy-editor />
          </div>
        </mat-tab>
        <mat-tab>
          <ng-template mat-tab-label>
            <span data-testid="settings-tab-model">{{ i18n.t('settings.tab.model') }}</span>
          </ng-template>
          <div class="settings-page__tab">
            <tenor-model-panel (modelChanged)="policies.refreshJob()" />
          </div>
        </mat-tab>
        <mat-tab>
          <ng-template mat-tab-label>
            <span data-testid="settings-tab-alerts">{{ i18n.t('settings.tab.alerts') }}</span>
          </ng-template>
          <div class="settings-page__tab">
            @if (alertFailureMessage(); as message) {
              <tenor-error-banner
                [title]="i18n.t('error.title')"
                [message]="message"
                [retryLabel]="i18n.t('common.retry')"
                (retry)="alerts.load()"
              />
            }
            @if (alerts.isLoading()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="i18n.t('common.loading')" />
            }
            @if (alerts.settings(); as settings) {
              <tenor-alert-settings-form [settings]="settings" />
            }
          </div>
        </mat-tab>
        <mat-tab>
          <ng-template mat-tab-label>
            <span data-testid="settings-tab-privacy">{{ i18n.t('settings.tab.privacy') }}</span>
          </ng-template>
          <div class="settings-page__tab">
            <tenor-privacy-panel />
          </div>
        </mat-tab>
      </mat-tab-group>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    h1 {
      margin: 0 0 12px;
      font-size: 1.5rem;
      font-weight: 500;
    }
    .settings-page__tab {
      padding: 16px 0;
    }
  `,
})
export class SettingsPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly alerts = inject(AlertSettingsStore);
  protected readonly policies = inject(PolicyStore);
  private readonly models = inject(ModelStore);
  private readonly privacy = inject(PrivacyStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly tab = toSignal(this.route.queryParamMap.pipe(map((parameters) => parameters.get('tab'))), {
    initialValue: null,
  });
  protected readonly selectedIndex = computed(() =>
    Math.max(0, SETTINGS_TABS.indexOf(this.tab() as SettingsTab)),
  );
  protected readonly alertFailureMessage = computed(() => failureText(this.i18n, this.alerts.failure()));

  constructor() {
    void this.alerts.load();
    void this.policies.load();
    void this.models.load();
    void this.privacy.loadErasures();
  }

  /** Puts the chosen tab into the URL (the default one as none), so a reload or a link opens it. */
  protected selectTab(index: number): void {
    const tab = SETTINGS_TABS[index];
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: tab === SETTINGS_TABS[0] ? null : tab },
      replaceUrl: true,
    });
  }
}
