import { ADMIN, bearer, TestApp } from '../utils/test-app.js';

describe('auth', () => {
  let t: TestApp;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    unitId = (await t.createUnit()).id;
  });
  afterAll(() => t.close());

  it('logs the first admin in and returns the user without a password', async () => {
    const res = await t.http().post('/auth/login').send(ADMIN).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual({
      id: expect.any(String),
      username: 'admin',
      fullName: 'Administrator',
      email: null,
      role: 'admin',
      unitId: null,
      active: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password/i);
  });

  it('answers /auth/me for a token and 401 without one or with a forged one', async () => {
    const me = await t
      .http()
      .get('/auth/me')
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(me.body.username).toBe('admin');
    await t.http().get('/auth/me').expect(401);
    await t.http().get('/auth/me').set('Authorization', 'Bearer abc.def.ghi').expect(401);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await t
      .http()
      .post('/auth/login')
      .send({ username: 'admin', password: 'nope' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/auth/login')
      .send({ username: 'ghost', password: 'nope' })
      .expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('locks an account for 15 minutes after five failed logins, and says so in the audit log', async () => {
    const user = await t.createUser('inspector', unitId);
    for (let i = 0; i < 5; i += 1) {
      await t.http().post('/auth/login').send({ username: user.username, password: 'wrong' }).expect(401);
    }
    const locked = await t
      .http()
      .post('/auth/login')
      .send({ username: user.username, password: user.password })
      .expect(401);
    expect(locked.body.message).toBe(
      (await t.http().post('/auth/login').send({ username: 'nobody', password: 'x' })).body.message,
    );
    const row = await t.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [user.id]);
    const minutes = (new Date(row[0].locked_until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const audit = await t
      .http()
      .get(`/audit?entityType=user&entityId=${user.id}&action=auth.locked`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('does not lock after four failures, and a success resets the count', async () => {
    const user = await t.createUser('clerk', unitId);
    for (let i = 0; i < 4; i += 1) {
      await t.http().post('/auth/login').send({ username: user.username, password: 'wrong' }).expect(401);
    }
    await t.http().post('/auth/login').send({ username: user.username, password: user.password }).expect(200);
    for (let i = 0; i < 4; i += 1) {
      await t.http().post('/auth/login').send({ username: user.username, password: 'wrong' }).expect(401);
    }
    await t.http().post('/auth/login').send({ username: user.username, password: user.password }).expect(200);
  });

  it('refuses login and the old token of a deactivated user', async () => {
    const user = await t.createUser('reception', unitId);
    await t
      .http()
      .get('/auth/me')
      .set(...bearer(user.token))
      .expect(200);
    await t
      .http()
      .patch(`/users/${user.id}`)
      .set(...bearer(t.adminToken))
      .send({ active: false })
      .expect(200);
    await t
      .http()
      .get('/auth/me')
      .set(...bearer(user.token))
      .expect(401);
    await t.http().post('/auth/login').send({ username: user.username, password: user.password }).expect(401);
  });

  it('refuses unknown fields and lists every problem', async () => {
    const res = await t.http().post('/auth/login').send({ username: 'admin', hacker: true }).expect(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/hacker/), expect.stringMatching(/^password/)]),
    );
  });

  it('records every login in the audit log with the request id and client address', async () => {
    const res = await t.http().post('/auth/login').set('X-Request-Id', 'req-login-1').send(ADMIN).expect(200);
    expect(res.headers['x-request-id']).toBe('req-login-1');
    const rows = await t.dataSource.query(`SELECT * FROM audit_log WHERE request_id = 'req-login-1'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'auth.login', entity_type: 'user', actor_id: res.body.user.id });
    expect(rows[0].ip).toMatch(/127\.0\.0\.1/);
  });
});
