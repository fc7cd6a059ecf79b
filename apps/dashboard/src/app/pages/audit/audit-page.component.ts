import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MODERATION_ACTIONS, REJECT_REASONS } from '@tenor/contracts';
import type { ModerationAction, RejectReason } from '@tenor/contracts';
import {
  AuditFilter,
  AuditStore,
  EMPTY_AUDIT_FILTER,
  I18n,
  hasAuditFilter,
} from '@tenor/dashboard/data-access';
import { ErrorBannerComponent, StatusPillComponent, formatDateTime } from '@tenor/dashboard/ui';
import { map } from 'rxjs';
import { SettingsAuditComponent } from './settings-audit.component';

/** The tabs of the audit log; the first is the default (no `tab` in the URL). */
const AUDIT_TABS = ['decisions', 'settings'] as const;

/**
 * The audit log for editors and admins: every decision and undo, newest first, with filters and a CSV export of the
 * same; a second tab lists the saved moderation settings versions.
 */
@Component({
  selector: 'tenor-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
    ErrorBannerComponent,
    SettingsAuditComponent,
    StatusPillComponent,
  ],
  providers: [AuditStore],
  templateUrl: './audit-page.component.html',
  styleUrl: './audit-page.component.scss',
})
export class AuditPageComponent {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(AuditStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly tab = toSignal(this.route.queryParamMap.pipe(map((parameters) => parameters.get('tab'))), {
    initialValue: null,
  });
  protected readonly selectedIndex = computed(() =>
    Math.max(0, AUDIT_TABS.indexOf(this.tab() as (typeof AUDIT_TABS)[number])),
  );

  protected readonly actionOptions = computed(() =>
    MODERATION_ACTIONS.map((action) => ({ value: action, label: this.i18n.t(`action.${action}` as const) })),
  );
  protected readonly reasonOptions = computed(() =>
    REJECT_REASONS.map((reason) => ({ value: reason, label: this.i18n.t(`reason.${reason}` as const) })),
  );
  protected readonly hasFilter = computed(() => hasAuditFilter(this.store.filter()));
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return (this.store.events() ?? []).map((event) => ({
      event,
      at: formatDateTime(event.at, locale),
      action: this.i18n.t(`action.${event.action}` as const),
      from: this.i18n.t(`status.${event.fromStatus}` as const),
      to: this.i18n.t(`status.${event.toStatus}` as const),
      reason: event.reason === null ? '' : this.i18n.t(`reason.${event.reason}` as const),
    }));
  });
  protected readonly isEmpty = computed(() => this.store.events()?.length === 0);
  protected readonly failureMessage = computed(() => {
    const failure = this.store.failure();
    if (failure === null) return null;
    return (
      failure.message ??
      (failure.status === 0
        ? this.i18n.t('error.network')
        : this.i18n.t('error.status', { status: failure.status }))
    );
  });

  constructor() {
    void this.store.load();
  }

  /** Puts the chosen tab into the URL (the decisions as none). */
  protected selectTab(index: number): void {
    const tab = AUDIT_TABS[index];
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: tab === AUDIT_TABS[0] ? null : tab },
      replaceUrl: true,
    });
  }

  protected changeActor(value: string): void {
    const actor = value.trim() === '' ? null : value.trim();
    if (actor !== this.store.filter().actor) this.applyFilter({ actor });
  }

  protected changeAction(action: ModerationAction | null): void {
    this.applyFilter({ action });
  }

  protected changeReason(reason: RejectReason | null): void {
    this.applyFilter({ reason });
  }

  protected changeDay(bound: 'fromDay' | 'toDay', value: string): void {
    this.applyFilter({ [bound]: value === '' ? null : value });
  }

  protected resetFilter(actorInput: HTMLInputElement): void {
    actorInput.value = '';
    void this.store.applyFilter(EMPTY_AUDIT_FILTER);
  }

  private applyFilter(changes: Partial<AuditFilter>): void {
    void this.store.applyFilter({ ...this.store.filter(), ...changes });
  }
}
