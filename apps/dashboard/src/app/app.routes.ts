import { Route } from '@angular/router';
import { areaGuard, signedInGuard, signedOutGuard } from './auth/auth-guards';

/** Each page loads lazily; every page but the login needs a session, and some a role. */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'Tenor · Anmelden',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./pages/login/login-page.component').then((module) => module.LoginPageComponent),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'queue' },
      {
        path: 'queue',
        title: 'Tenor · Moderation',
        loadComponent: () =>
          import('@tenor/dashboard/feature-queue').then((module) => module.QueuePageComponent),
      },
      {
        path: 'articles',
        title: 'Tenor · Artikel',
        canActivate: [areaGuard('articles')],
        loadComponent: () =>
          import('@tenor/dashboard/feature-articles').then((module) => module.ArticlesPageComponent),
      },
      {
        path: 'articles/:id',
        title: 'Tenor · Artikel',
        canActivate: [areaGuard('trends')],
        loadComponent: () =>
          import('@tenor/dashboard/feature-articles').then((module) => module.ArticlePageComponent),
      },
      {
        path: 'trends',
        title: 'Tenor · Trends',
        canActivate: [areaGuard('trends')],
        loadComponent: () =>
          import('@tenor/dashboard/feature-trends').then((module) => module.TrendsPageComponent),
      },
      {
        path: 'alerts',
        title: 'Tenor · Warnungen',
        canActivate: [areaGuard('alerts')],
        loadComponent: () =>
          import('@tenor/dashboard/feature-trends').then((module) => module.AlertsPageComponent),
      },
      {
        path: 'audit',
        title: 'Tenor · Protokoll',
        canActivate: [areaGuard('audit')],
        loadComponent: () =>
          import('./pages/audit/audit-page.component').then((module) => module.AuditPageComponent),
      },
      {
        path: 'users',
        title: 'Tenor · Benutzer',
        canActivate: [areaGuard('users')],
        loadComponent: () =>
          import('./pages/users/users-page.component').then((module) => module.UsersPageComponent),
      },
      {
        path: 'settings',
        title: 'Tenor · Einstellungen',
        canActivate: [areaGuard('settings')],
        loadComponent: () =>
          import('./pages/settings/settings-page.component').then((module) => module.SettingsPageComponent),
      },
      { path: '**', redirectTo: 'queue' },
    ],
  },
];
