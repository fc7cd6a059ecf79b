import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { SqlParameters } from '../database/sql-parameters';

const INSTANT = { type: 'varchar', length: '30' } as const;

/**
 * Versioned moderation policy (thresholds, word lists, pre-moderated sections), background re-apply runs, and
 * versions of the offense model trained on the site's decisions. Comments record the policy and model versions that
 * scored them, whether they are held for approval, and whether their status is still the policy's to set (no human
 * has decided them). Version 1 of the policy takes the tone cut-offs and flag threshold stored so far.
 */
export class PolicySettings1763737200000 implements MigrationInterface {
  name = 'PolicySettings1763737200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'policy_versions',
        columns: [
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'policy', type: 'text' },
          { name: 'author', type: 'varchar', length: '200' },
          { name: 'author_user_id', type: 'integer', isNullable: true },
          { name: 'created_at', ...INSTANT },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'restored_from', type: 'integer', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reapply_jobs',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'policy_version', type: 'integer' },
          { name: 'model_version', type: 'integer' },
          { name: 'state', type: 'varchar', length: '12' },
          { name: 'total', type: 'integer' },
          { name: 'processed', type: 'integer', default: 0 },
          { name: 'changed', type: 'integer', default: 0 },
          // Every comment with an id up to this one is done: the checkpoint a restarted run continues from.
          { name: 'last_comment_id', type: 'integer', default: 0 },
          { name: 'started_at', ...INSTANT },
          { name: 'finished_at', ...INSTANT, isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_reapply_jobs_state', columnNames: ['state'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scoring_models',
        columns: [
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'state', type: 'varchar', length: '12' },
          { name: 'base_version', type: 'integer', isNullable: true },
          { name: 'trained_on', type: 'integer' },
          { name: 'quality', type: 'text', isNullable: true },
          // Base64 of the serialized model; null for the shipped one.
          { name: 'weights', type: 'text', isNullable: true },
          { name: 'author', type: 'varchar', length: '200' },
          { name: 'created_at', ...INSTANT },
          { name: 'activated_at', ...INSTANT, isNullable: true },
        ],
      }),
    );
    await queryRunner.query("ALTER TABLE comments ADD COLUMN is_held boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE comments ADD COLUMN status_source varchar(10) NOT NULL DEFAULT 'policy'");
    await queryRunner.query('ALTER TABLE comments ADD COLUMN policy_version integer NOT NULL DEFAULT 1');
    await queryRunner.query('ALTER TABLE comments ADD COLUMN model_version integer NOT NULL DEFAULT 1');
    await queryRunner.query(
      "UPDATE comments SET status_source = 'moderator' WHERE id IN (SELECT comment_id FROM moderation_events)",
    );
    await queryRunner.query('CREATE INDEX ix_comments_held_queue ON comments (status, is_held, risk_score, id)');

    const now = new Date().toISOString();
    const stored: { value: string }[] = await queryRunner.query("SELECT value FROM settings WHERE key = 'scoring'");
    const scoring = stored.length > 0 ? (JSON.parse(stored[0].value) as Partial<StoredScoring>) : {};
    const insert = (table: string, values: Record<string, unknown>) => {
      const parameters = new SqlParameters(queryRunner.manager);
      const placeholders = parameters.list(Object.values(values));
      return queryRunner.query(`INSERT INTO ${table} (${Object.keys(values).join(', ')}) VALUES (${placeholders})`, parameters.values);
    };
    await insert('policy_versions', {
      version: 1,
      policy: JSON.stringify(initialPolicy(scoring)),
      author: 'Tenor',
      created_at: now,
      note: 'Grundeinstellung',
    });
    await insert('scoring_models', { version: 1, state: 'active', trained_on: 0, author: 'Tenor', created_at: now, activated_at: now });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_comments_held_queue');
    for (const column of ['model_version', 'policy_version', 'status_source', 'is_held']) {
      await queryRunner.query(`ALTER TABLE comments DROP COLUMN ${column}`);
    }
    await queryRunner.dropTable('scoring_models');
    await queryRunner.dropTable('reapply_jobs');
    await queryRunner.dropTable('policy_versions');
  }
}

interface StoredScoring {
  toneThresholds: { positive: number; negative: number };
  flagThreshold: number;
}

/** Policy version 1: the stored (or default) tone cut-offs and flag threshold, no hold or reject, no word lists. */
function initialPolicy(scoring: Partial<StoredScoring>): object {
  const flag = scoring.flagThreshold ?? 0.5;
  const category = { flag, hold: null, reject: null };
  return {
    tone: scoring.toneThresholds ?? { positive: 0.05, negative: -0.05 },
    categories: {
      insult: category,
      profanity: category,
      threat: category,
      hate: category,
      spam: category,
      personalData: category,
    },
    premoderatedSections: [],
    wordLists: [],
  };
}
