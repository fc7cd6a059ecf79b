import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import {
  DashboardArea,
  I18n,
  LOGIN_PATH,
  OpenAlertCount,
  SessionStore,
  TranslationKey,
} from '@tenor/dashboard/data-access';

interface NavigationLink {
  path: string;
  area: DashboardArea;
  labelKey: TranslationKey;
  testId: string;
}

/** Every page link; each shows only to roles allowed into its page. */
const NAVIGATION_LINKS: readonly NavigationLink[] = [
  { path: '/queue', area: 'queue', labelKey: 'nav.queue', testId: 'nav-queue' },
  { path: '/articles', area: 'articles', labelKey: 'nav.articles', testId: 'nav-articles' },
  { path: '/trends', area: 'trends', labelKey: 'nav.trends', testId: 'nav-trends' },
  { path: '/alerts', area: 'alerts', labelKey: 'nav.alerts', testId: 'nav-alerts' },
  { path: '/audit', area: 'audit', labelKey: 'nav.audit', testId: 'nav-audit' },
  { path: '/users', area: 'users', labelKey: 'nav.users', testId: 'nav-users' },
  { path: '/settings', area: 'settings', labelKey: 'nav.settings', testId: 'nav-settings' },
];

/**
 * The shell: toolbar with the page links the role may use (alerts with their open count), the language switch and
 * the user menu, and the routed page below.
 */
@Component({
  selector: 'tenor-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatMenuModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly i18n = inject(I18n);
  protected readonly sessions = inject(SessionStore);
  protected readonly openAlertCount = inject(OpenAlertCount);
  private readonly router = inject(Router);

  protected readonly navigationLinks = computed(() => {
    const role = this.sessions.role();
    return role === null ? [] : NAVIGATION_LINKS.filter((link) => this.sessions.canAccess(link.area));
  });
  protected readonly roleLabel = computed(() => {
    const role = this.sessions.role();
    return role === null ? '' : this.i18n.t('user.role', { role: this.i18n.t(`role.${role}` as const) });
  });
  protected readonly sectionsLabel = computed(() => {
    const sections = this.sessions.user()?.sections ?? [];
    return sections.length === 0 ? null : this.i18n.t('user.sections', { sections: sections.join(', ') });
  });

  /** The open-alert badge's accessible label; null without open alerts. */
  protected readonly alertBadgeLabel = computed(() => {
    const count = this.openAlertCount.count();
    return count === null || count === 0 ? null : this.i18n.t('nav.alertCount', { count });
  });

  constructor() {
    // Only roles that see alerts count them; signing out stops the counting.
    effect(() => {
      if (this.sessions.canAccess('alerts')) {
        this.openAlertCount.start();
      } else {
        this.openAlertCount.stop();
      }
    });
  }

  /** Signs out and shows the login page. */
  protected async logout(): Promise<void> {
    await this.sessions.logout();
    await this.router.navigateByUrl(LOGIN_PATH);
  }
}
