import type { AlertSettings, HostileAlertView } from '@tenor/contracts';
import { DEFAULT_ALERT_SETTINGS } from '@tenor/insights';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app';

const CALM = ['Die Sitzung ist am Donnerstag um 18 Uhr.', 'Sehr guter Artikel, danke für die Recherche!', 'Interessant wäre noch der Vergleich mit dem Vorjahr.'];
const HOSTILE = ['Was für ein Vollidiot, der gehört sofort abgesetzt!', 'Halt die Klappe, du Idiot.', 'Ihr seid alle Versager und Heuchler, ihr Drecksbande.'];
const START = Date.UTC(2024, 4, 6, 6);

/** An article with 12 comments an hour for 30 hours; from hour 24 to 27 (when `isSpiked`) most of them are insults. */
function thread(article: string, isSpiked: boolean): string {
  const lines = [JSON.stringify({ kind: 'article', externalId: article, title: `Artikel ${article}`, section: 'Politik' })];
  for (let hour = 0; hour < 30; hour++) {
    for (let index = 0; index < 12; index++) {
      const isHostile = isSpiked && hour >= 24 && hour < 27 ? index % 4 !== 0 : index === 0 && hour % 5 === 0;
      lines.push(
        JSON.stringify({
          kind: 'comment',
          externalId: `${article}-${hour}-${index}`,
          articleExternalId: article,
          author: `Leser ${index}`,
          postedAt: new Date(START + hour * 3_600_000 + index * 290_000).toISOString(),
          body: (isHostile ? HOSTILE : CALM)[(hour + index) % 3],
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function eventually<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('hostile-thread alerts', () => {
  let tenor: TestApp;
  let receiver: Server;
  const received: { alert: HostileAlertView }[] = [];
  let receiverStatus = 500;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (receiverStatus === 200) received.push(JSON.parse(body));
        response.writeHead(receiverStatus).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    tenor = await startTestApp({ isSeedOnEmpty: false });
  });

  afterAll(async () => {
    await tenor.remove();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const alerts = async (query = '') => (await tenor.http.get(`/api/alerts${query}`).expect(200)).body as HostileAlertView[];

  it('refuses impossible settings and keeps the stored ones', async () => {
    const bad = await tenor.http.put('/api/settings/alerts').send({ ...DEFAULT_ALERT_SETTINGS, minLift: 1.5, webhookUrl: 'ftp://example.org' }).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^minLift: /), expect.stringMatching(/^webhookUrl: /)]));
    expect((await tenor.http.get('/api/settings/alerts').expect(200)).body).toEqual(DEFAULT_ALERT_SETTINGS);
  });

  it('opens one alert for a spiking thread, none for a calm one, and POSTs it to the webhook, retrying a failed delivery', async () => {
    const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tenor`;
    const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, webhookUrl };
    expect((await tenor.http.put('/api/settings/alerts').send(settings).expect(200)).body).toEqual(settings);
    const ingest = (ndjson: string) => tenor.http.post('/api/ingest').set('Content-Type', 'application/x-ndjson').send(ndjson).expect(200);
    await ingest(thread('calm', false));
    await ingest(thread('spike', true));
    const open = await eventually(() => alerts(), (list) => list.length > 0);
    expect(open).toHaveLength(1);
    const [alert] = open;
    expect(alert).toMatchObject({ articleTitle: 'Artikel spike', status: 'open' });
    const spikeStart = START + 24 * 3_600_000;
    expect(Date.parse(alert.windowStart)).toBeGreaterThanOrEqual(spikeStart - 3 * 3_600_000);
    expect(Date.parse(alert.windowStart)).toBeLessThan(spikeStart + 3 * 3_600_000);
    expect(alert.share - alert.baseline).toBeGreaterThanOrEqual(DEFAULT_ALERT_SETTINGS.minLift);
    expect(alert.zScore).toBeGreaterThanOrEqual(DEFAULT_ALERT_SETTINGS.minZ);
    // The receiver answered 500 at first: the delivery is retried after a second and then lands.
    receiverStatus = 200;
    const delivered = await eventually(() => alerts(), (list) => list[0]?.webhook === 'sent');
    expect(delivered[0].webhook).toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0].alert).toMatchObject({ id: alert.id, articleId: alert.articleId, signal: alert.signal });
    // Sending the same comments again finds the same episode: no second alert.
    await ingest(thread('spike', true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await alerts('?status=all')).toHaveLength(1);
  });

  it('lets an editor acknowledge the alert and switch the article to pre-moderation; a moderator may do neither', async () => {
    const editor = await tenor.signInAs('editor');
    const moderator = await tenor.signInAs('moderator');
    const [alert] = await alerts();
    await moderator.post(`/api/alerts/${alert.id}/acknowledge`).expect(403);
    await moderator.patch(`/api/articles/${alert.articleId}`).send({ isPremoderated: true }).expect(403);
    const acknowledged = (await editor.post(`/api/alerts/${alert.id}/acknowledge`).expect(200)).body as HostileAlertView;
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedBy: expect.stringMatching(/^editor-/) });
    expect(await alerts()).toEqual([]);
    expect(await alerts('?status=acknowledged')).toHaveLength(1);
    expect((await editor.patch(`/api/articles/${alert.articleId}`).send({ isPremoderated: true }).expect(200)).body.isPremoderated).toBe(true);
    await editor.post('/api/alerts/9999/acknowledge').expect(404);
  });
});
