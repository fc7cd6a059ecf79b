import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const INSTANT = { type: 'varchar', length: '30' } as const;

const COUNT = (name: string): TableColumnOptions => ({ name, type: 'bigint', default: 0 });
const COMMENT_MEASURES = ['total', 'compound_sum_e4', 'positive', 'neutral', 'negative', 'flagged', 'insult', 'profanity', 'threat', 'hate', 'spam', 'personal_data'];
const DECISION_MEASURES = ['approve', 'reject', 'escalate', 'undo'];

/**
 * Rollup tables for the trend charts (exact counts per article, language and UTC hour or Berlin day, and per
 * section, language and hour or day), hostile-thread alerts, and pre-moderation per article. The rollups are filled from the existing
 * rows by the API at its next start (RollupService), in one transaction.
 */
export class TrendsAlerts1763730000000 implements MigrationInterface {
  name = 'TrendsAlerts1763730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [family, measures] of [
      ['comment', COMMENT_MEASURES],
      ['decision', DECISION_MEASURES],
    ] as const) {
      for (const [grain, key, length] of [
        ['hours', 'hour', '13'],
        ['days', 'day', '10'],
      ] as const) {
        await queryRunner.createTable(
          new Table({
            name: `${family}_rollup_article_${grain}`,
            columns: [
              { name: 'article_id', type: 'integer', isPrimary: true },
              { name: key, type: 'varchar', length, isPrimary: true },
              { name: 'language', type: 'varchar', length: '5', isPrimary: true },
              ...measures.map(COUNT),
            ],
            foreignKeys: [{ columnNames: ['article_id'], referencedTableName: 'articles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
            indices: [new TableIndex({ name: `ix_${family}_rollup_article_${grain}_${key}`, columnNames: [key] })],
          }),
        );
        await queryRunner.createTable(
          new Table({
            name: `${family}_rollup_${grain}`,
            columns: [
              { name: key, type: 'varchar', length, isPrimary: true },
              // '' for articles without a section: a primary key column cannot be null.
              { name: 'section', type: 'varchar', length: '100', isPrimary: true },
              { name: 'language', type: 'varchar', length: '5', isPrimary: true },
              ...measures.map(COUNT),
            ],
          }),
        );
      }
    }
    await queryRunner.createTable(
      new Table({
        name: 'hostile_alerts',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'article_id', type: 'integer' },
          { name: 'signal', type: 'varchar', length: '10' },
          { name: 'window_start', ...INSTANT },
          { name: 'window_end', ...INSTANT },
          { name: 'count', type: 'integer' },
          { name: 'share', type: 'double precision' },
          { name: 'baseline', type: 'double precision' },
          { name: 'z_score', type: 'double precision' },
          { name: 'detected_at', ...INSTANT },
          { name: 'status', type: 'varchar', length: '12', default: "'open'" },
          { name: 'acknowledged_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'acknowledged_at', ...INSTANT, isNullable: true },
          { name: 'webhook', type: 'varchar', length: '10', default: "'none'" },
          { name: 'webhook_attempts', type: 'integer', default: 0 },
          { name: 'webhook_error', type: 'varchar', length: '500', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['article_id'], referencedTableName: 'articles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [
          new TableIndex({ name: 'ix_hostile_alerts_article', columnNames: ['article_id', 'signal', 'window_start'] }),
          new TableIndex({ name: 'ix_hostile_alerts_status', columnNames: ['status', 'id'] }),
          new TableIndex({ name: 'ix_hostile_alerts_webhook', columnNames: ['webhook', 'id'] }),
        ],
      }),
    );
    // Plain ADD COLUMN: TypeORM's addColumn rebuilds SQLite tables, and dropping articles would cascade to comments.
    await queryRunner.query('ALTER TABLE articles ADD COLUMN is_premoderated boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE articles DROP COLUMN is_premoderated');
    await queryRunner.dropTable('hostile_alerts');
    for (const family of ['comment', 'decision']) {
      for (const grain of ['article_hours', 'article_days', 'hours', 'days']) await queryRunner.dropTable(`${family}_rollup_${grain}`);
    }
  }
}
