import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const INSTANT = { type: 'varchar', length: '30' } as const;

/** API keys for ingest clients, stored as SHA-256 hashes. */
export class ApiKeys1763726400000 implements MigrationInterface {
  name = 'ApiKeys1763726400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'scope', type: 'varchar', length: '20' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'created_by', type: 'varchar', length: '100' },
          { name: 'created_at', ...INSTANT },
          { name: 'last_used_at', ...INSTANT, isNullable: true },
          { name: 'revoked_at', ...INSTANT, isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ux_api_keys_key_hash', columnNames: ['key_hash'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
