import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const INSTANT = { type: 'varchar', length: '30' } as const;
// The note an anonymising erasure leaves on a comment's audit events (PrivacyService's REDACTED_NOTE).
const REDACTED_NOTE = "'[anonymisiert]'";
const EVENT_COLUMNS = [
  'id',
  'comment_id',
  'actor',
  'actor_user_id',
  'at',
  'from_status',
  'to_status',
  'action',
  'reason',
];

/**
 * The record of GDPR erasure requests (who, when, mode, reference, how many comments; the author only as a hash),
 * and audit events that stay immutable except for one change: an erasure may replace a note, which can quote the
 * comment, by the redaction marker.
 */
export class PrivacyErasures1763740800000 implements MigrationInterface {
  name = 'PrivacyErasures1763740800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'privacy_erasures',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'at', ...INSTANT },
          { name: 'actor', type: 'varchar', length: '200' },
          { name: 'actor_user_id', type: 'integer', isNullable: true },
          { name: 'mode', type: 'varchar', length: '10' },
          { name: 'reference', type: 'varchar', length: '100', isNullable: true },
          { name: 'author_hash', type: 'varchar', length: '64' },
          { name: 'comments', type: 'integer' },
          { name: 'events', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'ix_privacy_erasures_author_hash', columnNames: ['author_hash', 'id'] }),
        ],
      }),
    );
    if (queryRunner.connection.options.type === 'postgres') {
      const unchanged = `(${EVENT_COLUMNS.map((column) => `NEW.${column}`).join(', ')}) IS NOT DISTINCT FROM (${EVENT_COLUMNS.map((column) => `OLD.${column}`).join(', ')})`;
      await queryRunner.query(
        `CREATE OR REPLACE FUNCTION moderation_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.note = ${REDACTED_NOTE} AND ${unchanged} THEN RETURN NEW; END IF;
           RAISE EXCEPTION 'moderation events are immutable';
         END $$`,
      );
    }
    if (queryRunner.connection.options.type === 'sqlite') {
      const unchanged = EVENT_COLUMNS.map((column) => `new.${column} IS old.${column}`).join(' AND ');
      await queryRunner.query('DROP TRIGGER moderation_events_immutable');
      await queryRunner.query(
        `CREATE TRIGGER moderation_events_immutable BEFORE UPDATE ON moderation_events
         WHEN NOT (new.note IS ${REDACTED_NOTE} AND ${unchanged}) BEGIN
           SELECT RAISE(ABORT, 'moderation events are immutable');
         END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE OR REPLACE FUNCTION moderation_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'moderation events are immutable'; END $$`,
      );
    }
    if (queryRunner.connection.options.type === 'sqlite') {
      await queryRunner.query('DROP TRIGGER moderation_events_immutable');
      await queryRunner.query(
        `CREATE TRIGGER moderation_events_immutable BEFORE UPDATE ON moderation_events BEGIN
           SELECT RAISE(ABORT, 'moderation events are immutable');
         END`,
      );
    }
    await queryRunner.dropTable('privacy_erasures');
  }
}
