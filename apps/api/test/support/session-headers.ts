/** The headers that carry a signed-in session on a change: the session cookie and the CSRF token it comes with. */
export interface SessionHeaders {
  cookie: string;
  'x-xsrf-token': string;
}

/** The cookies of a login response's Set-Cookie headers, by name. */
export function cookiesOf(setCookies: readonly string[]): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const header of setCookies) {
    const [pair] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator > 0) cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return cookies;
}

/** Signs in over plain HTTP (a server in another process, or a bench) and returns the headers of that session. */
export async function signInOverHttp(baseUrl: string, credentials: { username: string; password: string }): Promise<SessionHeaders> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`login as ${credentials.username}: HTTP ${response.status} ${await response.text()}`);
  const cookies = cookiesOf(response.headers.getSetCookie());
  return { cookie: `tenor_session=${cookies.get('tenor_session') ?? ''}`, 'x-xsrf-token': cookies.get('XSRF-TOKEN') ?? '' };
}
