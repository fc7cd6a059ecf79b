export * from './lib/queue-page/queue-page.component';
export * from './lib/comment-card/comment-card.component';
