export * from './lib/articles-page/articles-page.component';
export * from './lib/article-page/article-page.component';
