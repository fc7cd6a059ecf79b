import { authorHash, normaliseAuthor } from './author-hash';

describe('authorHash', () => {
  it('gives the same hash for spellings that differ only in case, spacing and Unicode form', () => {
    expect(normaliseAuthor('  Jürgen\u00a0 MÜLLER ')).toBe('jürgen müller');
    expect(authorHash('Ju\u0308rgen Müller')).toBe(authorHash(' jürgen  müller'));
  });

  it('is the hex SHA-256 of the normalised name, and differs for another name', () => {
    expect(authorHash('Max')).toBe('9baf3a40312f39849f46dad1040f2f039f1cffa1238c41e9db675315cfad39b6');
    expect(authorHash('Max')).not.toBe(authorHash('Maxi'));
  });
});
