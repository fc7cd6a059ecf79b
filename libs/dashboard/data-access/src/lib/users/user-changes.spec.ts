import { createUserRequest, normalizeSections, userChanges } from './user-changes';

describe('normalizeSections', () => {
  it('trims, splits on commas and drops blanks and case-insensitive duplicates', () => {
    expect(normalizeSections([' Politik ', 'Sport, Kultur', 'politik', '', ' , '])).toEqual([
      'Politik',
      'Sport',
      'Kultur',
    ]);
  });
});

describe('createUserRequest', () => {
  it('trims the username and leaves out an empty display name', () => {
    expect(createUserRequest(' anna ', '  ', 'long-enough-1', 'moderator', ['Sport'])).toEqual({
      username: 'anna',
      password: 'long-enough-1',
      role: 'moderator',
      sections: ['Sport'],
    });
  });

  it('keeps a given display name', () => {
    expect(createUserRequest('anna', 'Anna B.', 'long-enough-1', 'editor', []).displayName).toBe('Anna B.');
  });
});

describe('userChanges', () => {
  const original = { displayName: 'Anna', role: 'moderator' as const, sections: ['Sport'] };

  it('is empty when nothing changed', () => {
    expect(userChanges(original, { displayName: ' Anna ', role: 'moderator', sections: ['Sport'] })).toEqual(
      {},
    );
  });

  it('sends only the changed fields; an emptied section list means every section', () => {
    expect(userChanges(original, { displayName: 'Anna', role: 'editor', sections: [] })).toEqual({
      role: 'editor',
      sections: [],
    });
  });

  it('does not blank out the display name', () => {
    expect(userChanges(original, { displayName: '', role: 'moderator', sections: ['Sport'] })).toEqual({});
  });
});
