export * from './lib/articles-page/articles-page.component';
