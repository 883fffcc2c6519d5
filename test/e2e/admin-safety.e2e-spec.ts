import { jest } from '@jest/globals';
import type { AppConfig } from '../../src/config/config.js';
import { APP_CONFIG } from '../../src/config/config.module.js';
import { UsersService } from '../../src/users/users.service.js';
import { ADMIN, bearer, TestApp } from '../utils/test-app.js';

/** Admins cannot raise themselves nor leave the system without an admin; grants are audited (issue 13, item 6). */
describe('admin safety', () => {
  let t: TestApp;
  let unitId: string;
  let adminId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    unitId = (await t.createUnit()).id;
    adminId = (await t.login(ADMIN.username, ADMIN.password)).userId;
  });
  afterAll(() => t.close());

  const patch = (token: string, id: string, body: Record<string, unknown>) =>
    t
      .http()
      .patch(`/users/${id}`)
      .set(...bearer(token))
      .send(body);

  it('refuses an admin changing their own role or unit or deactivating themselves, even with other admins', async () => {
    await t.createUser('admin', null);
    for (const change of [{ role: 'leader', unitId }, { unitId }, { active: false }]) {
      const res = await patch(t.adminToken, adminId, change).expect(403);
      expect(res.body.message).toMatch(/own role or unit/);
    }
    const [row] = await t.dataSource.query('SELECT role, unit_id, active FROM app_user WHERE id = $1', [
      adminId,
    ]);
    expect(row).toEqual({ role: 'admin', unit_id: null, active: true });
    // Their own name and password stay theirs to change.
    await patch(t.adminToken, adminId, { fullName: 'Quản trị viên' }).expect(200);
  });

  it('records every grant of the leader or inspector role with who granted it', async () => {
    const granter = await t.createUser('admin', null);
    const created = await t
      .http()
      .post('/users')
      .set(...bearer(granter.token))
      .send({ username: 'thanhtra.moi', password: 'password-1', fullName: 'T', role: 'inspector', unitId })
      .expect(201);
    const reception = await t.createUser('reception', unitId);
    await patch(granter.token, reception.id, { role: 'leader' }).expect(200);
    const otherUnit = (await t.createUnit()).id;
    await patch(granter.token, created.body.id, { unitId: otherUnit }).expect(200);
    await patch(granter.token, reception.id, { fullName: 'Không phải cấp quyền' }).expect(200);
    const grants = await t.dataSource.query(
      `SELECT actor_id, entity_id, details FROM audit_log WHERE action = 'user.role.grant' AND actor_id = $1
        ORDER BY id`,
      [granter.id],
    );
    expect(grants).toEqual([
      {
        actor_id: granter.id,
        entity_id: created.body.id,
        details: {
          role: 'inspector',
          unitId,
          previousRole: null,
          previousUnitId: null,
          grantedBy: granter.id,
        },
      },
      {
        actor_id: granter.id,
        entity_id: reception.id,
        details: {
          role: 'leader',
          unitId,
          previousRole: 'reception',
          previousUnitId: unitId,
          grantedBy: granter.id,
        },
      },
      {
        actor_id: granter.id,
        entity_id: created.body.id,
        details: {
          role: 'inspector',
          unitId: otherUnit,
          previousRole: 'inspector',
          previousUnitId: unitId,
          grantedBy: granter.id,
        },
      },
    ]);
  });

  it('never leaves the system without an active admin, even when two admins demote each other at once', async () => {
    const a = await t.createUser('admin', null);
    const b = await t.createUser('admin', null);
    await t.dataSource.query(
      `UPDATE app_user SET active = false WHERE role = 'admin' AND id NOT IN ($1, $2)`,
      [a.id, b.id],
    );
    const answers = await Promise.all([
      patch(a.token, b.id, { role: 'inspector', unitId }),
      patch(b.token, a.id, { active: false }),
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND active`,
    );
    expect(n).toBe(1);
    expect(answers.map((r) => r.status).sort()).toEqual([200, expect.any(Number)]);
    expect([401, 409]).toContain(answers.find((r) => r.status !== 200)?.status);
  });

  it('starts without crashing when no active admin exists, and outside development never logs a password', async () => {
    const users = t.app.get(UsersService);
    const config = t.app.get<AppConfig>(APP_CONFIG);
    const saved = { env: config.env, admin: config.admin };
    type Log = (message: unknown) => void;
    const logger = (users as unknown as { logger: { log: Log; warn: Log; error: Log } }).logger;
    const logged = jest.fn();
    const spies = (['log', 'warn', 'error'] as const).map((level) =>
      jest.spyOn(logger, level).mockImplementation((message) => {
        logged(level, message);
      }),
    );
    const admins = () =>
      t.dataSource.query(`SELECT username, active FROM app_user WHERE role = 'admin' ORDER BY username`);
    try {
      // The state a demoted or deactivated last admin left behind: no active admin, and `admin` is taken.
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE role = 'admin'`);
      await t.dataSource.query(`UPDATE app_user SET role = 'clerk', unit_id = $1 WHERE username = 'admin'`, [
        unitId,
      ]);
      const before = await admins();

      Object.assign(config, { env: 'production', admin: { username: null, password: null } });
      await expect(users.ensureFirstAdmin()).resolves.toBeUndefined();
      expect(await admins()).toEqual(before);
      expect(logged).toHaveBeenLastCalledWith('error', expect.stringMatching(/ADMIN_PASSWORD/));

      Object.assign(config, { env: 'development', admin: { username: null, password: null } });
      await expect(users.ensureFirstAdmin()).resolves.toBeUndefined();
      expect(logged).toHaveBeenLastCalledWith('error', expect.stringMatching(/"admin" is taken/));
      expect(await admins()).toEqual(before);

      Object.assign(config, {
        env: 'production',
        admin: { username: 'quantri', password: 'a-good-password' },
      });
      await users.ensureFirstAdmin();
      expect(await admins()).toEqual(
        [...before, { username: 'quantri', active: true }].sort((x, y) =>
          x.username.localeCompare(y.username),
        ),
      );
      await t.login('quantri', 'a-good-password');
      expect(JSON.stringify(logged.mock.calls)).not.toContain('a-good-password');
    } finally {
      Object.assign(config, saved);
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});
