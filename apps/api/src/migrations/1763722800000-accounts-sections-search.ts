import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const INSTANT = { type: 'varchar', length: '30' } as const;

/** Users and sessions, article sections, the acting user on audit events, and full-text search over comments. */
export class AccountsSectionsSearch1763722800000 implements MigrationInterface {
  name = 'AccountsSectionsSearch1763722800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'username', type: 'varchar', length: '100' },
          { name: 'display_name', type: 'varchar', length: '200' },
          { name: 'password_hash', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '12' },
          { name: 'sections', type: 'text' },
          { name: 'is_disabled', type: 'boolean', default: false },
          { name: 'created_at', ...INSTANT },
          { name: 'updated_at', ...INSTANT },
          { name: 'last_login_at', ...INSTANT, isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ux_users_username', columnNames: ['username'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'integer' },
          { name: 'created_at', ...INSTANT },
          { name: 'expires_at', ...INSTANT },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [new TableIndex({ name: 'ix_sessions_user', columnNames: ['user_id'] })],
      }),
    );
    // Plain ADD COLUMN (valid in SQLite and PostgreSQL): TypeORM's addColumn rebuilds SQLite tables, and dropping
    // the old articles table would cascade-delete every comment.
    await queryRunner.query('ALTER TABLE articles ADD COLUMN section varchar(100)');
    await queryRunner.createIndex('articles', new TableIndex({ name: 'ix_articles_section', columnNames: ['section'] }));
    await queryRunner.query('ALTER TABLE moderation_events ADD COLUMN actor_user_id integer REFERENCES users(id) ON DELETE SET NULL');
    await queryRunner.createIndex('moderation_events', new TableIndex({ name: 'ix_moderation_events_actor', columnNames: ['actor', 'id'] }));
    await queryRunner.createIndex('comments', new TableIndex({ name: 'ix_comments_author', columnNames: ['author', 'posted_at'] }));
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE FUNCTION moderation_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'moderation events are immutable'; END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER moderation_events_immutable BEFORE UPDATE ON moderation_events
         FOR EACH ROW EXECUTE FUNCTION moderation_events_immutable()`,
      );
    }
    if (queryRunner.connection.options.type === 'sqlite') {
      // Audit events are immutable: no statement may change one (deleting a comment may still remove its trail).
      await queryRunner.query(
        `CREATE TRIGGER moderation_events_immutable BEFORE UPDATE ON moderation_events BEGIN
           SELECT RAISE(ABORT, 'moderation events are immutable');
         END`,
      );
      // An external-content FTS5 index over comments, kept in step by triggers; the search query joins it by rowid.
      await queryRunner.query(
        `CREATE VIRTUAL TABLE comments_fts USING fts5(title, body, author, content='comments', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
      );
      await queryRunner.query(`INSERT INTO comments_fts(rowid, title, body, author) SELECT id, coalesce(title, ''), body, author FROM comments`);
      await queryRunner.query(
        `CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
           INSERT INTO comments_fts(rowid, title, body, author) VALUES (new.id, coalesce(new.title, ''), new.body, new.author);
         END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
           INSERT INTO comments_fts(comments_fts, rowid, title, body, author) VALUES ('delete', old.id, coalesce(old.title, ''), old.body, old.author);
         END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER comments_fts_update AFTER UPDATE OF title, body, author ON comments BEGIN
           INSERT INTO comments_fts(comments_fts, rowid, title, body, author) VALUES ('delete', old.id, coalesce(old.title, ''), old.body, old.author);
           INSERT INTO comments_fts(rowid, title, body, author) VALUES (new.id, coalesce(new.title, ''), new.body, new.author);
         END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP TRIGGER IF EXISTS moderation_events_immutable ON moderation_events');
      await queryRunner.query('DROP FUNCTION IF EXISTS moderation_events_immutable()');
    }
    if (queryRunner.connection.options.type === 'sqlite') {
      for (const trigger of ['comments_fts_insert', 'comments_fts_delete', 'comments_fts_update', 'moderation_events_immutable']) {
        await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger}`);
      }
      await queryRunner.query('DROP TABLE IF EXISTS comments_fts');
    }
    await queryRunner.dropIndex('comments', 'ix_comments_author');
    await queryRunner.dropIndex('moderation_events', 'ix_moderation_events_actor');
    await queryRunner.query('ALTER TABLE moderation_events DROP COLUMN actor_user_id');
    await queryRunner.dropIndex('articles', 'ix_articles_section');
    await queryRunner.query('ALTER TABLE articles DROP COLUMN section');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
