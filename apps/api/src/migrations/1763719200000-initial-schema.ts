import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const RISK_COLUMNS = ['insult', 'profanity', 'threat', 'hate', 'spam', 'personal_data'];
const INSTANT = { type: 'varchar', length: '30' } as const;

/** Articles, comments with scores and status, moderation events and settings, with the queue and series indexes. */
export class InitialSchema1763719200000 implements MigrationInterface {
  name = 'InitialSchema1763719200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'articles',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'external_id', type: 'varchar', length: '200' },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'url', type: 'varchar', length: '2000', isNullable: true },
          { name: 'published_at', ...INSTANT, isNullable: true },
          { name: 'published_at_precision', type: 'varchar', length: '10', isNullable: true },
          { name: 'is_published_at_inferred', type: 'boolean', default: false },
          { name: 'body', type: 'text', isNullable: true },
          { name: 'source_file', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', ...INSTANT },
          { name: 'updated_at', ...INSTANT },
        ],
        indices: [
          new TableIndex({ name: 'ux_articles_external_id', columnNames: ['external_id'], isUnique: true }),
          new TableIndex({ name: 'ix_articles_published_at', columnNames: ['published_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comments',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'external_id', type: 'varchar', length: '200' },
          { name: 'article_id', type: 'integer' },
          { name: 'author', type: 'varchar', length: '200' },
          { name: 'posted_at', ...INSTANT },
          { name: 'posted_day', type: 'varchar', length: '10' },
          { name: 'title', type: 'varchar', length: '500', isNullable: true },
          { name: 'body', type: 'text' },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'tone_compound', type: 'double precision' },
          { name: 'tone_pos', type: 'double precision' },
          { name: 'tone_neu', type: 'double precision' },
          { name: 'tone_neg', type: 'double precision' },
          { name: 'tone_label', type: 'varchar', length: '10' },
          ...RISK_COLUMNS.map((category) => ({ name: `risk_${category}`, type: 'double precision' })),
          ...RISK_COLUMNS.map((category) => ({ name: `flag_${category}`, type: 'boolean' })),
          { name: 'evidence', type: 'text' },
          { name: 'risk_score', type: 'double precision' },
          { name: 'is_flagged', type: 'boolean' },
          { name: 'status', type: 'varchar', length: '12', default: "'pending'" },
          { name: 'scorer_version', type: 'varchar', length: '100' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'created_at', ...INSTANT },
          { name: 'updated_at', ...INSTANT },
        ],
        foreignKeys: [
          { columnNames: ['article_id'], referencedTableName: 'articles', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          new TableIndex({ name: 'ux_comments_external_id', columnNames: ['external_id'], isUnique: true }),
          new TableIndex({ name: 'ix_comments_queue', columnNames: ['status', 'risk_score', 'id'] }),
          new TableIndex({ name: 'ix_comments_flagged_queue', columnNames: ['status', 'is_flagged', 'risk_score', 'id'] }),
          new TableIndex({ name: 'ix_comments_posted_at', columnNames: ['posted_at', 'id'] }),
          new TableIndex({ name: 'ix_comments_article_posted_at', columnNames: ['article_id', 'posted_at'] }),
          new TableIndex({ name: 'ix_comments_posted_day', columnNames: ['posted_day'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'moderation_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'comment_id', type: 'integer' },
          { name: 'actor', type: 'varchar', length: '200' },
          { name: 'at', ...INSTANT },
          { name: 'from_status', type: 'varchar', length: '12' },
          { name: 'to_status', type: 'varchar', length: '12' },
          { name: 'action', type: 'varchar', length: '12' },
          { name: 'reason', type: 'varchar', length: '30', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['comment_id'], referencedTableName: 'comments', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          new TableIndex({ name: 'ix_moderation_events_comment', columnNames: ['comment_id', 'id'] }),
          new TableIndex({ name: 'ix_moderation_events_at', columnNames: ['at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [
          { name: 'key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'value', type: 'text' },
          { name: 'updated_at', ...INSTANT },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['settings', 'moderation_events', 'comments', 'articles']) {
      await queryRunner.dropTable(table);
    }
  }
}
