import 'reflect-metadata';
import { ROLES, type Role } from '@tenor/contracts';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { nowInstant } from '../common/instants';
import { describeDatabase, loadAppConfig, MIN_PASSWORD_LENGTH } from '../config/app.config';
import { dataSourceOptions } from '../database/database-options';
import { UserEntity } from '../users/user.entity';
import { USERNAME_PATTERN } from '../users/dto/create-user.dto';

const USAGE = `usage: npm run user:create -- --username NAME [--role admin|editor|moderator] [--display-name TEXT]
                            [--sections Politik,Sport] [--password TEXT]
The password may also come from TENOR_NEW_PASSWORD, or is asked for. The database is TENOR_DATABASE_PATH (default data/tenor.sqlite).`;

async function readPassword(): Promise<string> {
  if (process.env.TENOR_NEW_PASSWORD) return process.env.TENOR_NEW_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question('password: ');
  } finally {
    prompt.close();
  }
}

/** `npm run user:create`: adds a user to the database (migrating it first), e.g. the first admin of a new site. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      'display-name': { type: 'string' },
      sections: { type: 'string', default: '' },
      password: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.username) throw new Error(USAGE);
  if (!USERNAME_PATTERN.test(values.username)) throw new Error('username must be 2-100 letters, digits, dots, dashes or underscores');
  if (!ROLES.includes(values.role as Role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
  const password = values.password ?? (await readPassword());
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const config = loadAppConfig();
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const users = dataSource.getRepository(UserEntity);
    if (await users.existsBy({ username: values.username })) throw new Error(`user ${values.username} exists already`);
    const now = nowInstant();
    await users.insert({
      username: values.username,
      displayName: values['display-name'] ?? values.username,
      passwordHash: await hashPassword(password),
      role: values.role as Role,
      sections: values.sections.split(',').map((section) => section.trim()).filter((section) => section.length > 0),
      isDisabled: false,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    console.log(`created ${values.role} ${values.username} in ${describeDatabase(config)}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
