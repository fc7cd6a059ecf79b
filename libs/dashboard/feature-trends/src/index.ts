export * from './lib/trends-page/trends-page.component';
export * from './lib/alerts-page/alerts-page.component';
