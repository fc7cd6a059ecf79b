import type { TenorDatabaseFacts } from '../backup/tenor-database-inspection';

/** The lines `npm run backup` and `npm run restore` print about a verified database file. */
export function formatDatabaseFacts(facts: TenorDatabaseFacts): string[] {
  const megabytes = (facts.sizeBytes / 1024 / 1024).toFixed(1);
  const { articles, comments, decisions } = facts.counts;
  return [
    `size: ${megabytes} MB (${facts.sizeBytes} bytes)`,
    `integrity check: ok; migrations: ${facts.migrations.length}, the latest ${facts.migrations[facts.migrations.length - 1]}`,
    `articles: ${articles}, comments: ${comments}, decisions: ${decisions}`,
  ];
}
