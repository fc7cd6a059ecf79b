import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { DashboardArea, I18n, LOGIN_PATH, SessionStore, TranslationKey } from '@tenor/dashboard/data-access';

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
  { path: '/audit', area: 'audit', labelKey: 'nav.audit', testId: 'nav-audit' },
  { path: '/users', area: 'users', labelKey: 'nav.users', testId: 'nav-users' },
];

/** The shell: toolbar with the page links the role may use, the language switch and the user menu, and the routed page below. */
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

  /** Signs out and shows the login page. */
  protected async logout(): Promise<void> {
    await this.sessions.logout();
    await this.router.navigateByUrl(LOGIN_PATH);
  }
}
