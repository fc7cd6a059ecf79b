import { Route } from '@angular/router';

/** Each page loads lazily from its feature library. */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'queue' },
  {
    path: 'queue',
    title: 'Tenor · Moderation',
    loadComponent: () => import('@tenor/dashboard/feature-queue').then((module) => module.QueuePageComponent),
  },
  {
    path: 'articles',
    title: 'Tenor · Artikel',
    loadComponent: () => import('@tenor/dashboard/feature-articles').then((module) => module.ArticlesPageComponent),
  },
  {
    path: 'trends',
    title: 'Tenor · Trends',
    loadComponent: () => import('@tenor/dashboard/feature-trends').then((module) => module.TrendsPageComponent),
  },
  { path: '**', redirectTo: 'queue' },
];
