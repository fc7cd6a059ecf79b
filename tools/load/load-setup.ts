import type { ArticleSummary, CreatedApiKey, IngestReport, TrendExtent } from '@tenor/contracts';
import { generateCorpus } from '../demo/comment-generator';
import { cookiesSetBy, type Credentials, credentialHeaders, type HttpClient } from './http-client';

// Setup requests may take long (a 5,000-comment ingest); the timed phase uses its own, shorter timeout.
const SETUP_TIMEOUT_MS = 300_000;
// Comments per setup ingest request: a few seconds each, so progress shows.
const SETUP_INGEST_CHUNK = 5_000;
// Sections of the one moderator limited to some sections (the generator's Politik, Wirtschaft, Sport, …).
const LIMITED_MODERATOR_SECTIONS = ['Politik', 'Sport', 'Wirtschaft'];

/** A user the load signs in as. */
export interface LoadUser {
  username: string;
  password: string;
  role: 'moderator' | 'editor';
  sections: string[];
}

/** An article known before the load starts. */
export interface KnownArticle {
  id: number;
  externalId: string;
  section: string | null;
}

/** What the timed phase works on: users, the ingest key, the articles and the range of the trend data. */
export interface LoadWorld {
  apiKey: string;
  moderators: LoadUser[];
  editor: LoadUser;
  articles: KnownArticle[];
  extent: { firstDay: string; lastDay: string };
  commentsAtStart: number;
}

/** Sends a setup request; fails on anything but 2xx. */
async function setupCall<T>(
  client: HttpClient,
  credentials: Credentials | null,
  method: string,
  path: string,
  body?: unknown,
  contentType?: string,
): Promise<T> {
  const headers: Record<string, string> = credentials ? credentialHeaders(credentials, method) : {};
  if (body !== undefined) headers['content-type'] = contentType ?? 'application/json';
  const answer = await client.send(method, path, {
    headers,
    body: body === undefined ? undefined : contentType ? String(body) : JSON.stringify(body),
    timeoutMs: SETUP_TIMEOUT_MS,
  });
  if (answer.status < 200 || answer.status >= 300)
    throw new Error(`setup: ${method} ${path}: HTTP ${answer.status} ${answer.body.slice(0, 500)}`);
  return (answer.body ? JSON.parse(answer.body) : undefined) as T;
}

/**
 * Signs in and returns the session's credentials: the session cookie, and the CSRF token from the XSRF-TOKEN cookie
 * when the server sets one (changes must then repeat it in X-XSRF-TOKEN).
 */
export async function signIn(client: HttpClient, username: string, password: string): Promise<Credentials> {
  const answer = await client.send('POST', '/api/auth/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    timeoutMs: SETUP_TIMEOUT_MS,
  });
  if (answer.status !== 200)
    throw new Error(`login as ${username}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
  const cookies = cookiesSetBy(answer.headers);
  const session = cookies.get('tenor_session');
  if (!session) throw new Error(`login as ${username}: no tenor_session cookie`);
  return {
    kind: 'session',
    sessionCookie: `tenor_session=${session}`,
    csrfToken: cookies.get('XSRF-TOKEN') ?? null,
  };
}

/** The generated corpus as NDJSON requests of about SETUP_INGEST_CHUNK comments, articles before their comments. */
function* corpusRequests(comments: number): Generator<string> {
  let lines: string[] = [];
  let commentLines = 0;
  for (const record of generateCorpus({ comments })) {
    lines.push(JSON.stringify(record));
    if (record.kind === 'comment' && ++commentLines % SETUP_INGEST_CHUNK === 0) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * Prepares the server for the load through its own API: an ingest key, the generated corpus on top of the seed
 * corpus, the moderators (one limited to some sections) and an editor.
 */
export async function setUpWorld(
  client: HttpClient,
  admin: { username: string; password: string },
  options: { comments: number; moderators: number },
): Promise<LoadWorld> {
  const adminSession = await signIn(client, admin.username, admin.password);
  const { key } = await setupCall<CreatedApiKey>(client, adminSession, 'POST', '/api/api-keys', {
    name: 'load test CMS',
    scope: 'ingest',
  });
  const apiKey: Credentials = { kind: 'apiKey', key };
  let ingested = 0;
  for (const ndjson of corpusRequests(options.comments)) {
    const report = await setupCall<IngestReport>(
      client,
      apiKey,
      'POST',
      '/api/ingest',
      ndjson,
      'application/x-ndjson',
    );
    if (report.rejected > 0)
      throw new Error(
        `setup ingest rejected ${report.rejected} lines: ${JSON.stringify(report.errors.slice(0, 3))}`,
      );
    ingested += report.commentsCreated;
  }
  const moderators: LoadUser[] = Array.from({ length: Math.max(1, options.moderators) }, (_, index) => ({
    username: `load-moderator-${index + 1}`,
    password: `load-moderator-password-${index + 1}`,
    role: 'moderator' as const,
    // The third moderator (when there are three) sees only some sections, like a section desk.
    sections: index === 2 ? LIMITED_MODERATOR_SECTIONS : [],
  }));
  const editor: LoadUser = {
    username: 'load-editor',
    password: 'load-editor-password',
    role: 'editor',
    sections: [],
  };
  for (const user of [...moderators, editor]) {
    await setupCall(client, adminSession, 'POST', '/api/users', {
      username: user.username,
      password: user.password,
      role: user.role,
      sections: user.sections,
    });
  }
  const articles = await setupCall<ArticleSummary[]>(client, adminSession, 'GET', '/api/articles');
  const extent = await setupCall<TrendExtent>(client, adminSession, 'GET', '/api/trends/extent');
  const health = await setupCall<{ comments: number }>(client, null, 'GET', '/api/health');
  if (!extent.firstDay || !extent.lastDay)
    throw new Error('setup: the trend extent is empty after the ingest');
  console.log(
    `setup: ${ingested.toLocaleString('en')} generated comments ingested; ${health.comments.toLocaleString('en')} comments on ${articles.length} articles`,
  );
  return {
    apiKey: key,
    moderators,
    editor,
    articles: articles.map((article) => ({
      id: article.id,
      externalId: article.externalId,
      section: article.section,
    })),
    extent: { firstDay: extent.firstDay, lastDay: extent.lastDay },
    commentsAtStart: health.comments,
  };
}
