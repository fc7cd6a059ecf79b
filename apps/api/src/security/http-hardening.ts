import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import { toWellFormed } from '@tenor/ingest';
import helmet from 'helmet';
import type { AppConfig } from '../config/app.config';
import { isSafeMethod } from '../auth/csrf';

// A JSON ingest batch of 1,000 long comments fits in 10 MB; bigger imports stream NDJSON or CSV to /api/ingest,
// which has no total limit but a limit per line (MAX_LINE_LENGTH). Every other body is a form's worth of JSON.
const INGEST_JSON_LIMIT = '10mb';
const JSON_BODY_LIMIT = '1mb';

/** The Content-Security-Policy of the dashboard and the API: nothing but the app's own scripts ever runs. */
function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Angular Material and ECharts set styles at run time; scripts stay locked down, which is what stops XSS.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(config.isSecureCookie ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // HSTS only where Tenor is served over TLS; on plain HTTP it would only confuse a later TLS set-up.
    strictTransportSecurity: config.isSecureCookie ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/** The origin of the request's own host, as a browser would write it in an Origin header. */
function ownOrigins(request: Request): string[] {
  const host = request.headers.host ?? '';
  return [`http://${host}`, `https://${host}`];
}

/**
 * Refuses a change sent from another site's page (Origin not this host nor an allowed origin), before any auth:
 * a second CSRF defence beside the token, and the only one for the login form.
 */
function sameOriginChanges(allowedOrigins: readonly string[]): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const origin = request.headers.origin;
    if (isSafeMethod(request.method) || origin === undefined || ownOrigins(request).includes(origin) || allowedOrigins.includes(origin)) {
      next();
      return;
    }
    response.status(403).json({ statusCode: 403, error: 'Forbidden', message: `changes from the origin ${origin} are not allowed` });
  };
}

/**
 * Hands every string of a parsed body or query to `visit`, which returns it as it should be stored; returns the path
 * of the first string `visit` calls bad (null when none). Walks without recursion: a body may nest 100,000 deep.
 */
function visitStrings(root: unknown, visit: (text: string) => { text: string; isBad: boolean }): string | null {
  let badPath: string | null = null;
  const pending: [unknown, string][] = [[root, '']];
  while (pending.length > 0) {
    const [container, path] = pending.pop() as [Record<string, unknown> | unknown[], string];
    if (typeof container !== 'object' || container === null) continue;
    for (const [key, value] of Object.entries(container)) {
      const childPath = Array.isArray(container) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
      if (typeof value !== 'string') {
        pending.push([value, childPath]);
        continue;
      }
      const { text, isBad } = visit(value);
      if (text !== value) (container as Record<string, unknown>)[key] = text;
      if (isBad && badPath === null) badPath = childPath;
    }
  }
  return badPath;
}

/**
 * Text as the database will hold it: lone surrogates become U+FFFD in JSON bodies (as UTF-8 storage would make them,
 * so an id read back equals the one sent); a NUL character, which PostgreSQL refuses and no field means, is refused
 * with 400 naming the field. The ingest endpoint checks NUL per record instead (libs/ingest validate-record).
 */
function cleanTextInput(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const isIngest = request.path.startsWith('/api/ingest');
    const nulIn = (text: string) => ({ text, isBad: !isIngest && text.includes('\u0000') });
    const badPath =
      visitStrings(request.query, nulIn) ??
      visitStrings(request.body, (text) => nulIn(toWellFormed(text)));
    if (badPath === null) {
      next();
      return;
    }
    response.status(400).json({ statusCode: 400, error: 'Bad Request', message: [`${badPath}: must not contain the NUL character (U+0000)`] });
  };
}

/**
 * Security headers (helmet), CORS for the configured origins only, the origin check on changes, body-size
 * limits, and no NUL characters in bodies and query strings. Nest is created with its own body parser off, so these
 * limits are the only ones.
 */
export function applyHttpHardening(app: INestApplication, config: AppConfig): void {
  app.use(securityHeaders(config));
  app.enableCors({
    origin: (origin: string | undefined, callback: (error: Error | null, isAllowed: boolean) => void) =>
      callback(null, origin !== undefined && config.corsOrigins.includes(origin)),
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'x-xsrf-token'],
    maxAge: 600,
  });
  app.use(sameOriginChanges(config.corsOrigins));
  app.use('/api/ingest', json({ limit: INGEST_JSON_LIMIT }));
  app.use(json({ limit: JSON_BODY_LIMIT }));
  app.use(cleanTextInput());
}
