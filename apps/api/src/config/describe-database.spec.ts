import { describeDatabase } from './app.config';

describe('describeDatabase', () => {
  it('shows the SQLite file, and a PostgreSQL URL without its password', () => {
    expect(describeDatabase({ databasePath: '/var/lib/tenor/tenor.sqlite' })).toBe(
      '/var/lib/tenor/tenor.sqlite',
    );
    expect(
      describeDatabase({ databasePath: 'x', databaseUrl: 'postgres://tenor:s3cr:et@db:5432/tenor' }),
    ).toBe('postgres://tenor:***@db:5432/tenor');
    expect(describeDatabase({ databasePath: 'x', databaseUrl: 'postgresql://db/tenor' })).toBe(
      'postgresql://db/tenor',
    );
  });

  it('takes linear time on a URL of many "//a:" without an "@" (the unanchored pattern took quadratic time)', () => {
    const hostile = `postgres://${'//a:'.repeat(50_000)}`;
    const started = performance.now();
    expect(describeDatabase({ databasePath: 'x', databaseUrl: hostile })).toBe(hostile);
    // Quadratic, this took seconds; linear, well under a millisecond per 10,000 characters.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
