import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/** The readable cookie that carries the CSRF token to the dashboard (Angular's HttpClient reads this name). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
/** The header a cookie-authenticated change must repeat the token in (Angular's HttpClient sends this name). */
export const CSRF_HEADER = 'x-xsrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of a session: an HMAC keyed by the secret session token, so it needs no storage, changes with
 * every login and cannot be made by a page that cannot read the httpOnly session cookie.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tenor-csrf').digest('base64url');
}

/** Whether a request changes nothing by its method, and so needs no CSRF token. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** Whether the request repeats its session's CSRF token in the header (double submit, bound to the session). */
export function hasValidCsrfToken(request: Request, sessionToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const actual = Buffer.from(sent);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Hands the session's CSRF token to the browser in a cookie that scripts of the same origin can read. */
export function setCsrfCookie(response: Response, sessionToken: string, options: { isSecure: boolean; expires: Date }): void {
  response.cookie(CSRF_COOKIE, csrfTokenOf(sessionToken), { httpOnly: false, sameSite: 'strict', secure: options.isSecure, path: '/', expires: options.expires });
}
