import { SessionEntity } from '../src/auth/session.entity';
import { hashToken } from '../src/auth/sessions.service';
import { DataSource } from 'typeorm';
import { MAX_FAILURES_PER_ACCOUNT } from '../src/auth/login-throttle';
import request from 'supertest';
import { signIn, startTestApp, TEST_ADMIN, type TestApp } from './support/test-app';

describe('accounts and sessions', () => {
  let tenor: TestApp;

  beforeAll(async () => {
    tenor = await startTestApp({ isSeedOnEmpty: false });
  });

  afterAll(async () => {
    await tenor.remove();
  });

  function freshAgent() {
    return request.agent(tenor.app.getHttpServer());
  }

  function sessionTokenOf(agent: ReturnType<typeof freshAgent>): string {
    const cookies = agent.jar.getCookies({ path: '/', domain: '127.0.0.1', secure: false, script: false }).toValueString();
    const token = /tenor_session=([^;]+)/.exec(cookies)?.[1];
    if (!token) throw new Error(`no session cookie in ${cookies}`);
    return token;
  }

  it('creates the first admin from the environment and signs in with an httpOnly, SameSite=Strict cookie', async () => {
    const response = await tenor.anonymous.post('/api/auth/login').send(TEST_ADMIN).expect(200);
    expect(response.body.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(response.body.user.passwordHash).toBeUndefined();
    const cookie = response.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^tenor_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await freshAgent().post('/api/auth/login').send({ username: 'nobody', password: 'whatever-password' }).expect(401);
    const wrong = await freshAgent().post('/api/auth/login').send({ username: 'admin', password: 'wrong-password!' }).expect(401);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles repeated failed logins with 429, even with the right password', async () => {
    const user = { username: 'throttled', password: 'throttled-password' };
    await tenor.http.post('/api/users').send({ ...user, role: 'moderator' }).expect(201);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) {
      await freshAgent().post('/api/auth/login').send({ ...user, password: 'not-the-password' }).expect(401);
    }
    const blocked = await freshAgent().post('/api/auth/login').send(user).expect(429);
    expect(blocked.body.message).toMatch(/too many failed logins/);
  });

  it('ends the session on logout: the old cookie no longer works', async () => {
    const agent = await signIn(freshAgent(), TEST_ADMIN.username, TEST_ADMIN.password);
    const token = sessionTokenOf(agent);
    await freshAgent().get('/api/auth/me').set('Cookie', `tenor_session=${token}`).expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
    await freshAgent().get('/api/auth/me').set('Cookie', `tenor_session=${token}`).expect(401);
  });

  it('ends every session of a disabled user or one whose password an admin resets', async () => {
    const moderator = await tenor.signInAs('moderator');
    const me = (await moderator.get('/api/auth/me').expect(200)).body.user;
    await tenor.http.patch(`/api/users/${me.id}`).send({ password: 'a-brand-new-password' }).expect(200);
    await moderator.get('/api/auth/me').expect(401);
    const again = await signIn(freshAgent(), me.username, 'a-brand-new-password');
    await tenor.http.patch(`/api/users/${me.id}`).send({ isDisabled: true }).expect(200);
    await again.get('/api/auth/me').expect(401);
    await freshAgent().post('/api/auth/login').send({ username: me.username, password: 'a-brand-new-password' }).expect(401);
  });

  it('rejects an expired session', async () => {
    const agent = await signIn(freshAgent(), TEST_ADMIN.username, TEST_ADMIN.password);
    const token = sessionTokenOf(agent);
    await agent.get('/api/auth/me').expect(200);
    await tenor.app.get(DataSource).getRepository(SessionEntity).update({ tokenHash: hashToken(token) }, { expiresAt: '2000-01-01T00:00:00.000Z' });
    await agent.get('/api/auth/me').expect(401);
  });

  it('lets admins manage users, with validation and without locking themselves out', async () => {
    const created = await tenor.http
      .post('/api/users')
      .send({ username: 'sportdesk', password: 'sportdesk-password', role: 'moderator', sections: ['Sport'] })
      .expect(201);
    expect(created.body).toMatchObject({ username: 'sportdesk', role: 'moderator', sections: ['Sport'], isDisabled: false });
    await tenor.http.post('/api/users').send({ username: 'sportdesk', password: 'another-password', role: 'editor' }).expect(409);
    const invalid = await tenor.http.post('/api/users').send({ username: 'x y', password: 'short', role: 'boss' }).expect(400);
    expect(invalid.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^username: /), expect.stringMatching(/^password: /), expect.stringMatching(/^role: /)]),
    );
    const admin = (await tenor.http.get('/api/auth/me').expect(200)).body.user;
    await tenor.http.patch(`/api/users/${admin.id}`).send({ role: 'editor' }).expect(400);
    const promoted = await tenor.http.patch(`/api/users/${created.body.id}`).send({ role: 'editor', sections: [] }).expect(200);
    expect(promoted.body).toMatchObject({ role: 'editor', sections: [] });
  });
});
