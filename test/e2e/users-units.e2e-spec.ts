import { bearer, type Role, TestApp, type TestUser } from '../utils/test-app.js';

describe('users and units', () => {
  let t: TestApp;
  let cityId: string;
  const staff: Partial<Record<Role, TestUser>> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    cityId = (await t.createUnit({ code: 'TP', name: 'UBND thành phố', level: 'district' })).id;
    for (const role of ['leader', 'inspector', 'reception', 'clerk'] as const) {
      staff[role] = await t.createUser(role, cityId);
    }
  });
  afterAll(() => t.close());

  it('builds a unit tree with levels', async () => {
    const ward = await t.createUnit({ code: 'P1', level: 'commune', parentId: cityId });
    expect(ward.parentId).toBe(cityId);
    const list = await t
      .http()
      .get('/units')
      .set(...bearer(staff.inspector!.token))
      .expect(200);
    expect(list.body.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['TP', 'P1']));
  });

  it('lets an admin rename a unit (code and place kept, audited), and no one else', async () => {
    const ward = await t.createUnit({
      code: 'P-DOI-TEN',
      name: 'UBND phường Hai',
      level: 'commune',
      parentId: cityId,
    });
    await t
      .http()
      .patch(`/units/${ward.id}`)
      .set(...bearer(staff.leader!.token))
      .send({ name: 'Tên khác' })
      .expect(403);
    const renamed = await t
      .http()
      .patch(`/units/${ward.id}`)
      .set(...bearer(t.adminToken))
      .send({ name: 'UBND phường Trần Hưng Đạo' })
      .expect(200);
    expect(renamed.body).toMatchObject({ id: ward.id, code: 'P-DOI-TEN', parentId: cityId });
    const list = await t
      .http()
      .get('/units')
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(list.body.find((u: { id: string }) => u.id === ward.id).name).toBe('UBND phường Trần Hưng Đạo');
    await t
      .http()
      .patch(`/units/${ward.id}`)
      .set(...bearer(t.adminToken))
      .send({ name: '' })
      .expect(400);
    await t
      .http()
      .patch('/units/00000000-0000-4000-8000-000000000000')
      .set(...bearer(t.adminToken))
      .send({ name: 'X' })
      .expect(404);
    const audit = await t
      .http()
      .get(`/audit?entityType=unit&entityId=${ward.id}&action=unit.rename`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(audit.body.items[0].details).toEqual({ from: 'UBND phường Hai', to: 'UBND phường Trần Hưng Đạo' });
  });

  it.each(['leader', 'inspector', 'reception', 'clerk'] as const)(
    'refuses %s creating units and users, and listing or changing users (403)',
    async (role) => {
      const token = staff[role]!.token;
      await t
        .http()
        .post('/units')
        .set(...bearer(token))
        .send({ code: 'X1', name: 'x', level: 'commune' })
        .expect(403);
      await t
        .http()
        .post('/users')
        .set(...bearer(token))
        .send({ username: 'someone', password: 'password1', fullName: 'X', role: 'clerk', unitId: cityId })
        .expect(403);
      await t
        .http()
        .get('/users')
        .set(...bearer(token))
        .expect(403);
      await t
        .http()
        .patch(`/users/${staff[role]!.id}`)
        .set(...bearer(token))
        .send({ role: 'admin' })
        .expect(403);
      await t
        .http()
        .get('/audit')
        .set(...bearer(token))
        .expect(403);
    },
  );

  it('refuses every endpoint but login and health without a token (401)', async () => {
    await t.http().get('/units').expect(401);
    await t.http().get('/users').expect(401);
    await t.http().post('/units').send({ code: 'X2', name: 'x', level: 'commune' }).expect(401);
  });

  it('validates units: code format, level, unknown parent, duplicate code', async () => {
    const admin = bearer(t.adminToken);
    const bad = await t
      .http()
      .post('/units')
      .set(...admin)
      .send({ code: 'bad code!', name: '', level: 'village' })
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^code/),
        expect.stringMatching(/^name/),
        expect.stringMatching(/^level/),
      ]),
    );
    await t
      .http()
      .post('/units')
      .set(...admin)
      .send({ code: 'ORPHAN', name: 'x', level: 'commune', parentId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    await t
      .http()
      .post('/units')
      .set(...admin)
      .send({ code: 'TP', name: 'again', level: 'district' })
      .expect(409);
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM unit WHERE code IN ('ORPHAN')`);
    expect(count[0].n).toBe(0);
  });

  it('creates users with a hashed password that is never returned', async () => {
    const res = await t
      .http()
      .post('/users')
      .set(...bearer(t.adminToken))
      .send({
        username: 'canbo.a',
        password: 'secret-password',
        fullName: 'Nguyễn Văn A',
        role: 'inspector',
        unitId: cityId,
      })
      .expect(201);
    expect(res.body).not.toHaveProperty('password');
    expect(res.body).not.toHaveProperty('passwordHash');
    const row = await t.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [res.body.id]);
    expect(row[0].password_hash).toMatch(/^\$argon2id\$/);
    const list = await t
      .http()
      .get('/users?limit=200')
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|secret-password/);
    expect(list.body.total).toBeGreaterThanOrEqual(6);
  });

  it('validates users: role, unit required for non-admins, unknown unit, duplicate username, limit over 200', async () => {
    const admin = bearer(t.adminToken);
    await t
      .http()
      .post('/users')
      .set(...admin)
      .send({ username: 'x1x', password: 'password1', fullName: 'X', role: 'boss', unitId: cityId })
      .expect(400);
    const noUnit = await t
      .http()
      .post('/users')
      .set(...admin)
      .send({ username: 'x2x', password: 'password1', fullName: 'X', role: 'inspector' })
      .expect(400);
    expect(noUnit.body.message).toMatch(/unitId is required/);
    await t
      .http()
      .post('/users')
      .set(...admin)
      .send({
        username: 'x3x',
        password: 'password1',
        fullName: 'X',
        role: 'clerk',
        unitId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    await t
      .http()
      .post('/users')
      .set(...admin)
      .send({
        username: staff.clerk!.username,
        password: 'password1',
        fullName: 'X',
        role: 'clerk',
        unitId: cityId,
      })
      .expect(409);
    await t
      .http()
      .get('/users?limit=201')
      .set(...admin)
      .expect(400);
  });

  it('lets an admin change a role: the old session ends and the next one has the new role', async () => {
    const user = await t.createUser('reception', cityId);
    await t
      .http()
      .get('/users')
      .set(...bearer(user.token))
      .expect(403);
    await t
      .http()
      .patch(`/users/${user.id}`)
      .set(...bearer(t.adminToken))
      .send({ role: 'admin' })
      .expect(200);
    await t
      .http()
      .get('/users')
      .set(...bearer(user.token))
      .expect(401);
    const { token } = await t.login(user.username, user.password);
    await t
      .http()
      .get('/users')
      .set(...bearer(token))
      .expect(200);
  });
});
