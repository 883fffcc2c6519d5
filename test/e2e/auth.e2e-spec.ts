import { jest } from '@jest/globals';
import { PasswordService } from '../../src/users/password.service.js';
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

  it('locks a client out of an account for 15 minutes after five failed logins, and says so in the audit log', async () => {
    const user = await t.createUser('inspector', unitId);
    const from = (address: string, password: string) =>
      t
        .http()
        .post('/auth/login')
        .set('X-Forwarded-For', address)
        .send({ username: user.username, password });
    for (let i = 0; i < 5; i += 1) {
      await from('203.0.113.66', 'wrong').expect(401);
    }
    const locked = await from('203.0.113.66', user.password).expect(401);
    expect(locked.body.message).toBe(
      (await t.http().post('/auth/login').send({ username: 'nobody', password: 'x' })).body.message,
    );
    const row = await t.dataSource.query(
      `SELECT locked_until FROM login_client WHERE user_id = $1 AND client = '203.0.113.66'`,
      [user.id],
    );
    const minutes = (new Date(row[0].locked_until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const audit = await t
      .http()
      .get(`/audit?entityType=user&entityId=${user.id}&action=auth.locked`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0]).toMatchObject({ ip: '203.0.113.66', details: { scope: 'client' } });
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

  describe('lockout per account and client', () => {
    const login = (username: string, password: string, address: string) =>
      t.http().post('/auth/login').set('X-Forwarded-For', address).send({ username, password });

    it('keeps the owner signing in from their desk while wrong passwords from elsewhere lock only elsewhere', async () => {
      const owner = await t.createUser('leader', unitId);
      for (let i = 0; i < 12; i += 1) {
        await login(owner.username, 'guess-' + i, '198.51.100.23').expect(401);
      }
      await login(owner.username, owner.password, '198.51.100.23').expect(401);
      await login(owner.username, owner.password, '192.0.2.10').expect(200);
    });

    it('counts an IPv6 client per /64: other addresses of the network are locked out too, the next network is not', async () => {
      const user = await t.createUser('clerk', unitId);
      for (let i = 1; i <= 5; i += 1) {
        await login(user.username, 'wrong', `2001:db8:1:2::${i}`).expect(401);
      }
      await login(user.username, user.password, '2001:db8:1:2:abcd::99').expect(401);
      await login(user.username, user.password, '2001:db8:1:3::1').expect(200);
    });

    it('locks the account after twenty failures from anywhere, except for the clients that signed in to it lately', async () => {
      const user = await t.createUser('inspector', unitId);
      await login(user.username, user.password, '192.0.2.44').expect(200);
      for (let i = 0; i < 20; i += 1) {
        await login(user.username, 'wrong', `198.51.100.${100 + Math.floor(i / 4)}`).expect(401);
      }
      const refused = await login(user.username, user.password, '198.51.100.200').expect(401);
      const unknown = await login('nobody-here', 'x', '198.51.100.200').expect(401);
      expect(refused.body).toEqual(unknown.body);
      await login(user.username, user.password, '192.0.2.44').expect(200);
      const locks = await t.dataSource.query(
        `SELECT details FROM audit_log WHERE entity_id = $1 AND action = 'auth.locked'`,
        [user.id],
      );
      expect(locks.map((l: { details: { scope: string } }) => l.details.scope)).toContain('account');
    });

    it('answers a deactivated account like a wrong password', async () => {
      const user = await t.createUser('reception', unitId);
      await t
        .http()
        .patch(`/users/${user.id}`)
        .set(...bearer(t.adminToken))
        .send({ active: false })
        .expect(200);
      const deactivated = await login(user.username, user.password, '192.0.2.45').expect(401);
      const wrong = await login(ADMIN.username, 'wrong', '192.0.2.45').expect(401);
      expect(deactivated.body).toEqual(wrong.body);
    });

    it('hashes passwords with no database connection held', async () => {
      const passwords = t.app.get(PasswordService);
      const pool = (t.dataSource.driver as unknown as { master: { totalCount: number; idleCount: number } })
        .master;
      const verify = passwords.verify.bind(passwords);
      const held: number[] = [];
      const spy = jest.spyOn(passwords, 'verify').mockImplementation(async (hash, password) => {
        held.push(pool.totalCount - pool.idleCount);
        return verify(hash, password);
      });
      try {
        const user = await t.createUser('clerk', unitId);
        held.length = 0;
        await login(user.username, 'wrong', '192.0.2.46').expect(401);
        await login(user.username, user.password, '192.0.2.46').expect(200);
        await login('ghost', 'wrong', '192.0.2.46').expect(401);
        expect(held).toEqual([0, 0, 0]);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
