export * from './lib/trends-page/trends-page.component';
