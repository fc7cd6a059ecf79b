import type { LiveEvent } from '@tenor/contracts';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeArticle, makeComment } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Opens the event stream with a session cookie and collects parsed events until `count` arrived. */
function collectEvents(port: number, cookie: string, count: number, onOpen: () => Promise<void>): Promise<LiveEvent[]> {
  return new Promise((resolve, reject) => {
    const events: LiveEvent[] = [];
    const request = get({ host: '127.0.0.1', port, path: '/api/live', headers: { Cookie: cookie } }, (response: IncomingMessage) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary = buffer.indexOf('\n\n');
        while (boundary !== -1) {
          const message = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const data = message.split('\n').find((line) => line.startsWith('data: '));
          const type = message.split('\n').find((line) => line.startsWith('event: '));
          if (data && type && type !== 'event: heartbeat') events.push(JSON.parse(data.slice('data: '.length)));
          if (events.length >= count) {
            request.destroy();
            return resolve(events);
          }
          boundary = buffer.indexOf('\n\n');
        }
      });
      onOpen().catch(reject);
    });
    request.on('error', (error) => (events.length >= count ? undefined : reject(error)));
  });
}

describe('live updates over server-sent events', () => {
  let tenor: TestApp;
  let port: number;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
    await tenor.app.listen(0, '127.0.0.1');
    port = (tenor.app.getHttpServer().address() as AddressInfo).port;
    await tenor.http.post('/api/articles').send(makeArticle('live-article')).expect(200);
  });

  afterAll(async () => {
    await tenor.remove();
  });

  it('tells an open dashboard about new comments and about another moderator’s decision', async () => {
    const moderator = await tenor.signInAs('moderator');
    const cookies = moderator.jar.getCookies({ path: '/', domain: '127.0.0.1', secure: false, script: false }).toValueString();
    const events = await collectEvents(port, cookies, 2, async () => {
      const created = await tenor.http.post('/api/comments').send(makeComment('live-1', 'live-article')).expect(200);
      await tenor.http.post(`/api/comments/${created.body.ids[0]}/decision`).send({ action: 'approve' }).expect(200);
    });
    expect(events[0]).toEqual({ type: 'comments.created', count: 1, articleIds: [1] });
    expect(events[1]).toMatchObject({ type: 'comment.changed', status: 'approved', version: 2 });
  });

  it('refuses the stream without a session', async () => {
    await tenor.anonymous.get('/api/live').expect(401);
  });
});
