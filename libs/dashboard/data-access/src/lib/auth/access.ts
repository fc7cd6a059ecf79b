import type { Role } from '@tenor/contracts';

/** The pages of the dashboard that roles are allowed into. */
export const DASHBOARD_AREAS = [
  'queue',
  'articles',
  'trends',
  'alerts',
  'audit',
  'users',
  'settings',
] as const;
/** A page of the dashboard. */
export type DashboardArea = (typeof DASHBOARD_AREAS)[number];

/** Which roles may open each page; mirrors the API's role guards (it answers 403 otherwise). */
const AREA_ROLES: Record<DashboardArea, readonly Role[]> = {
  queue: ['moderator', 'editor', 'admin'],
  articles: ['moderator', 'editor', 'admin'],
  trends: ['editor', 'admin'],
  alerts: ['editor', 'admin'],
  audit: ['editor', 'admin'],
  users: ['admin'],
  settings: ['admin'],
};

/** Where the dashboard goes after login when no page was asked for. */
export const HOME_URL = '/queue';
/** The login page. */
export const LOGIN_PATH = '/login';

/** Whether a role may open a page. */
export function canAccessArea(role: Role | null | undefined, area: DashboardArea): boolean {
  return role !== null && role !== undefined && AREA_ROLES[area].includes(role);
}

/**
 * The page to return to after login: only a path inside the dashboard (no other origin, no protocol-relative
 * `//host`, not the login page itself); anything else goes home.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) {
    return HOME_URL;
  }
  const path = url.split(/[?#]/)[0];
  return path === LOGIN_PATH || path.startsWith(`${LOGIN_PATH}/`) ? HOME_URL : url;
}

/** Why a login failed, as a dictionary key: wrong credentials, too many attempts, server unreachable, or anything else. */
export function loginFailureKey(
  status: number,
): 'login.error.credentials' | 'login.error.throttled' | 'error.network' | 'login.error.other' {
  switch (status) {
    case 401:
      return 'login.error.credentials';
    case 429:
      return 'login.error.throttled';
    case 0:
      return 'error.network';
    default:
      return 'login.error.other';
  }
}
