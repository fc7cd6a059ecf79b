import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const TABLE = 'comment_rollup_article_days';

/**
 * A covering index for the article ranking: per Berlin day, each article's counters the ranking reads, so that a
 * ranking over months reads the index alone instead of one table row per article and day. It replaces the plain
 * day index, which is its leading column.
 */
export class TrendRankingIndex1763733600000 implements MigrationInterface {
  name = 'TrendRankingIndex1763733600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      TABLE,
      new TableIndex({
        name: 'ix_comment_rollup_article_days_ranking',
        columnNames: ['day', 'article_id', 'language', 'total', 'compound_sum_e4', 'negative', 'flagged'],
      }),
    );
    await queryRunner.dropIndex(TABLE, 'ix_comment_rollup_article_days_day');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(TABLE, new TableIndex({ name: 'ix_comment_rollup_article_days_day', columnNames: ['day'] }));
    await queryRunner.dropIndex(TABLE, 'ix_comment_rollup_article_days_ranking');
  }
}
