import { HOME_URL, canAccessArea, loginFailureKey, safeReturnUrl } from './access';

describe('canAccessArea', () => {
  it('lets every role work the queue and see the articles', () => {
    expect(canAccessArea('moderator', 'queue')).toBe(true);
    expect(canAccessArea('moderator', 'articles')).toBe(true);
  });

  it('keeps trends and the audit log for editors and admins, users for admins', () => {
    expect(canAccessArea('moderator', 'trends')).toBe(false);
    expect(canAccessArea('moderator', 'audit')).toBe(false);
    expect(canAccessArea('editor', 'audit')).toBe(true);
    expect(canAccessArea('editor', 'users')).toBe(false);
    expect(canAccessArea('admin', 'users')).toBe(true);
  });

  it('keeps alerts for editors and admins, the settings for admins', () => {
    expect(canAccessArea('moderator', 'alerts')).toBe(false);
    expect(canAccessArea('editor', 'alerts')).toBe(true);
    expect(canAccessArea('editor', 'settings')).toBe(false);
    expect(canAccessArea('admin', 'settings')).toBe(true);
  });

  it('lets nobody in without a role', () => {
    expect(canAccessArea(null, 'queue')).toBe(false);
  });
});

describe('safeReturnUrl', () => {
  it('keeps a dashboard path with its query', () => {
    expect(safeReturnUrl('/queue?tab=all&author=Ingo%20Kerp')).toBe('/queue?tab=all&author=Ingo%20Kerp');
  });

  it('goes home for other origins, protocol-relative URLs and the login page', () => {
    for (const url of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'queue',
      '/login',
      '/login?returnUrl=%2Faudit',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnUrl(url)).toBe(HOME_URL);
    }
  });
});

describe('loginFailureKey', () => {
  it('tells wrong credentials, throttling and an unreachable server apart', () => {
    expect(loginFailureKey(401)).toBe('login.error.credentials');
    expect(loginFailureKey(429)).toBe('login.error.throttled');
    expect(loginFailureKey(0)).toBe('error.network');
    expect(loginFailureKey(500)).toBe('login.error.other');
  });
});
