import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/** Sessions end at once, on every API instance, when the account changes (issue 13, item 4). */
describe('sessions', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  let unitId: string;
  let otherUnitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    // A second API instance on the same database and Redis, as behind a load balancer.
    other = await createApp(t.config);
    await other.init();
    await other.getHttpAdapter().getInstance().ready();
    unitId = (await t.createUnit()).id;
    otherUnitId = (await t.createUnit()).id;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const me = (app: NestFastifyApplication, token: string) =>
    request(app.getHttpServer())
      .get('/auth/me')
      .set(...bearer(token));

  /** The token works on both instances (and is in any cache they keep), the change is made, then it must not. */
  async function expectEndedBy(user: TestUser, change: Record<string, unknown>): Promise<void> {
    await me(t.app, user.token).expect(200);
    await me(other, user.token).expect(200);
    await t
      .http()
      .patch(`/users/${user.id}`)
      .set(...bearer(t.adminToken))
      .send(change)
      .expect(200);
    await me(other, user.token).expect(401);
    await me(t.app, user.token).expect(401);
  }

  it('ends the sessions of a user whose password changes; the new password signs in', async () => {
    const user = await t.createUser('inspector', unitId);
    await expectEndedBy(user, { password: 'a-brand-new-password' });
    await t.login(user.username, 'a-brand-new-password');
  });

  it('ends the sessions of a user whose role changes', async () => {
    await expectEndedBy(await t.createUser('reception', unitId), { role: 'inspector' });
  });

  it('ends the sessions of a user whose unit changes', async () => {
    await expectEndedBy(await t.createUser('leader', unitId), { unitId: otherUnitId });
  });

  it('ends the sessions of a deactivated user for good: reactivating does not revive the old token', async () => {
    const user = await t.createUser('clerk', unitId);
    await expectEndedBy(user, { active: false });
    await t
      .http()
      .patch(`/users/${user.id}`)
      .set(...bearer(t.adminToken))
      .send({ active: true })
      .expect(200);
    await me(t.app, user.token).expect(401);
    await t.login(user.username, user.password);
  });

  it('keeps the sessions of a user whose name or e-mail changes, or whose role is set to the same value', async () => {
    const user = await t.createUser('inspector', unitId);
    await t
      .http()
      .patch(`/users/${user.id}`)
      .set(...bearer(t.adminToken))
      .send({ fullName: 'Tên mới', email: 'moi@ubnd.vn', role: 'inspector', unitId })
      .expect(200);
    await me(other, user.token).expect(200);
  });

  it('accepts only HS256 tokens that carry the current session version', async () => {
    const user = await t.createUser('inspector', unitId);
    const jwt = t.app.get(JwtService);
    const [{ session_version: sv }] = await t.dataSource.query(
      'SELECT session_version FROM app_user WHERE id = $1',
      [user.id],
    );
    await me(t.app, jwt.sign({ sub: user.id, sv }, { algorithm: 'HS256' })).expect(200);
    await me(t.app, jwt.sign({ sub: user.id, sv }, { algorithm: 'HS512' })).expect(401);
    await me(t.app, jwt.sign({ sub: user.id, sv }, { algorithm: 'HS384' })).expect(401);
    await me(t.app, jwt.sign({ sub: user.id }, { algorithm: 'HS256' })).expect(401);
    await me(t.app, jwt.sign({ sub: user.id, sv: sv + 1 }, { algorithm: 'HS256' })).expect(401);
  });
});
