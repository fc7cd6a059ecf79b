import type { Role } from '@tenor/contracts';
import { DEFAULT_ALERT_SETTINGS } from '@tenor/insights';
import { makeArticle, makeComment } from './support/fixtures';
import { type Agent, startTestApp, type TestApp } from './support/test-app';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'moderator', 'editor', 'admin'];
const SIGNED_IN: Caller[] = ['moderator', 'editor', 'admin'];

interface EndpointCase {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: object;
  allowed: Caller[];
}

describe('who may call what: every role × endpoint, allowed and denied, over HTTP', () => {
  let tenor: TestApp;
  const agents = new Map<Caller, Agent>();
  let commentId: number;
  let userId: number;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.http.post('/api/articles').send(makeArticle('matrix-article', { section: 'Politik' })).expect(200);
    const created = await tenor.http
      .post('/api/comments/batch')
      .send({ comments: Array.from({ length: 3 }, (_, index) => makeComment(`matrix-${index}`, 'matrix-article')) })
      .expect(200);
    commentId = created.body.ids[0];
    agents.set('anonymous', tenor.anonymous);
    for (const role of ['moderator', 'editor', 'admin'] as const) agents.set(role, await tenor.signInAs(role));
    userId = (await tenor.http.get('/api/users').expect(200)).body.find((user: { role: Role }) => user.role === 'moderator').id;
  });

  afterAll(async () => {
    await tenor.remove();
  });

  const cases = (): EndpointCase[] => [
    { method: 'get', path: '/api/health', allowed: CALLERS },
    { method: 'get', path: '/api/auth/me', allowed: SIGNED_IN },
    { method: 'get', path: '/api/articles', allowed: SIGNED_IN },
    { method: 'get', path: '/api/articles/1', allowed: SIGNED_IN },
    { method: 'post', path: '/api/articles', body: makeArticle('matrix-article'), allowed: ['admin'] },
    { method: 'get', path: '/api/comments', allowed: SIGNED_IN },
    { method: 'get', path: '/api/comments/counts', allowed: SIGNED_IN },
    { method: 'get', path: `/api/comments/${commentId}`, allowed: SIGNED_IN },
    { method: 'get', path: `/api/comments/${commentId}/context`, allowed: SIGNED_IN },
    { method: 'get', path: `/api/comments/${commentId}/events`, allowed: SIGNED_IN },
    { method: 'post', path: '/api/comments', body: makeComment('matrix-0', 'matrix-article'), allowed: ['admin'] },
    { method: 'post', path: '/api/comments/batch', body: { comments: [makeComment('matrix-0', 'matrix-article')] }, allowed: ['admin'] },
    { method: 'post', path: `/api/comments/${commentId}/decision`, body: { action: 'escalate' }, allowed: SIGNED_IN },
    { method: 'post', path: `/api/comments/${commentId}/undo`, body: {}, allowed: SIGNED_IN },
    { method: 'post', path: '/api/comments/bulk-decision/preview', body: { filter: { status: 'pending' } }, allowed: SIGNED_IN },
    { method: 'post', path: '/api/comments/bulk-decision', body: { action: 'approve', ids: [commentId], expectedCount: 1 }, allowed: SIGNED_IN },
    { method: 'patch', path: '/api/articles/1', body: { isPremoderated: false }, allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/extent', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/comments', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/comments?format=csv', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/decisions', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/articles', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/trends/articles/1', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/alerts', allowed: ['editor', 'admin'] },
    { method: 'post', path: '/api/alerts/999/acknowledge', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/settings/alerts', allowed: ['admin'] },
    { method: 'put', path: '/api/settings/alerts', body: DEFAULT_ALERT_SETTINGS, allowed: ['admin'] },
    { method: 'get', path: '/api/settings/policy', allowed: ['admin'] },
    { method: 'get', path: '/api/settings/policy/versions', allowed: ['admin'] },
    { method: 'get', path: '/api/settings/policy/job', allowed: ['admin'] },
    { method: 'post', path: '/api/settings/policy/preview', body: { policy: {} }, allowed: ['admin'] },
    { method: 'post', path: '/api/settings/policy', body: { policy: {}, baseVersion: 1 }, allowed: ['admin'] },
    { method: 'post', path: '/api/settings/policy/versions/1/restore', body: { baseVersion: 999 }, allowed: ['admin'] },
    { method: 'get', path: '/api/audit/settings', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/settings/model', allowed: ['admin'] },
    { method: 'get', path: '/api/audit', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/audit.csv', allowed: ['editor', 'admin'] },
    { method: 'get', path: '/api/users', allowed: ['admin'] },
    { method: 'get', path: '/api/api-keys', allowed: ['admin'] },
    { method: 'post', path: '/api/api-keys', body: { name: 'matrix', scope: 'ingest' }, allowed: ['admin'] },
    { method: 'post', path: '/api/ingest', body: [], allowed: ['admin'] },
    { method: 'post', path: '/api/users', body: { username: 'x', password: 'short', role: 'editor' }, allowed: ['admin'] },
    { method: 'patch', path: `/api/users/${userId}`, body: { displayName: 'Moderatorin' }, allowed: ['admin'] },
    { method: 'get', path: '/api/privacy/authors?author=Niemand', allowed: ['admin'] },
    { method: 'post', path: '/api/privacy/erasures', body: { author: 'Niemand', mode: 'anonymise' }, allowed: ['admin'] },
    { method: 'get', path: '/api/privacy/erasures', allowed: ['admin'] },
    { method: 'delete', path: '/api/api-keys/999', allowed: ['admin'] },
    { method: 'post', path: '/api/settings/model/train', allowed: ['admin'] },
    { method: 'post', path: '/api/settings/model/versions/999/accept', allowed: ['admin'] },
    { method: 'post', path: '/api/settings/model/versions/999/reject', allowed: ['admin'] },
    { method: 'post', path: '/api/settings/model/rollback', allowed: ['admin'] },
  ];

  /** Routes the matrix leaves to their own specs, with the reason. */
  const COVERED_ELSEWHERE: Record<string, string> = {
    'post /api/auth/login': 'public; auth.e2e-spec.ts and security.e2e-spec.ts',
    'post /api/auth/logout': 'would end the caller’s session mid-matrix; auth.e2e-spec.ts',
    'get /api/live': 'an event stream that never ends; live.e2e-spec.ts checks its 401',
  };

  it('covers every route the app serves (but the public API docs)', () => {
    const instance = tenor.app.getHttpAdapter().getInstance();
    const layers: { route?: { path: string; methods: Record<string, boolean> } }[] = instance.router.stack;
    const patterns = cases().map((endpoint) => `${endpoint.method} ${endpoint.path.split('?')[0]}`);
    const missing = layers
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => `${method} ${layer.route?.path}`) : []))
      .filter((route) => !/ \/api\/docs/.test(route) && COVERED_ELSEWHERE[route] === undefined)
      .filter((route) => {
        const matcher = new RegExp(`^${route.replace(/:\w+/g, '[^/]+').replace(/\./g, '\\.')}$`);
        return !patterns.some((pattern) => matcher.test(pattern));
      });
    expect(missing).toEqual([]);
  });

  it('answers 401 without a session, 403 for a role without the right, and never either for an allowed role', async () => {
    const failures: string[] = [];
    for (const endpoint of cases()) {
      for (const caller of CALLERS) {
        const agent = agents.get(caller) as Agent;
        const call = agent[endpoint.method](endpoint.path);
        const response = await (endpoint.body ? call.send(endpoint.body) : call);
        const isAllowed = endpoint.allowed.includes(caller);
        const expected = isAllowed ? 'allowed' : caller === 'anonymous' ? 401 : 403;
        const actual = response.status === 401 || response.status === 403 ? response.status : 'allowed';
        if (actual !== expected) failures.push(`${caller} ${endpoint.method.toUpperCase()} ${endpoint.path}: expected ${expected}, got ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
