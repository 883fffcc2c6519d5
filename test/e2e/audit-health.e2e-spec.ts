import { bearer, TestApp } from '../utils/test-app.js';

describe('audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('writes one row per change with actor, entity, request id and details', async () => {
    const unit = await t.createUnit({ code: 'AUD' });
    const res = await t
      .http()
      .get(`/audit?entityType=unit&entityId=${unit.id}`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      actorId: expect.any(String),
      action: 'unit.create',
      entityType: 'unit',
      entityId: unit.id,
      requestId: expect.any(String),
      ip: expect.any(String),
      details: { code: 'AUD', level: 'commune', parentId: null },
    });
  });

  it('writes nothing when the change is refused', async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'unit.create'`,
    );
    await t
      .http()
      .post('/units')
      .set(...bearer(t.adminToken))
      .send({ code: 'AUD', name: 'dup', level: 'commune' })
      .expect(409);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'unit.create'`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('filters by action and actor and paginates', async () => {
    const admin = await t
      .http()
      .get('/auth/me')
      .set(...bearer(t.adminToken))
      .expect(200);
    const res = await t
      .http()
      .get(`/audit?action=auth.login&actorId=${admin.body.id}&page=1&limit=1`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(res.body).toMatchObject({ page: 1, limit: 1 });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].action).toBe('auth.login');
    await t
      .http()
      .get('/audit?entityType=planet')
      .set(...bearer(t.adminToken))
      .expect(400);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

describe('operations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('reports PostgreSQL and Redis up on /health without a token', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await t.http().get('/docs-json').expect(200);
    expect(doc.body.paths).toHaveProperty('/auth/login');
    expect(doc.body.paths).toHaveProperty('/units');
    await t.http().get('/docs').expect(200);
  });

  it('sets security headers and a request id', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('refuses a body over the size limit and malformed JSON with a 4xx, not a 500', async () => {
    const big = 'x'.repeat(300 * 1024);
    const tooLarge = await t.http().post('/auth/login').send({ username: 'a', password: big });
    expect(tooLarge.status).toBe(413);
    const malformed = await t
      .http()
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"a":');
    expect(malformed.status).toBe(400);
  });

  it('answers unknown routes with 404', async () => {
    await t
      .http()
      .get('/no-such-route')
      .set(...bearer(t.adminToken))
      .expect(404);
  });
});

describe('health with Redis unreachable', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ REDIS_URL: 'redis://127.0.0.1:1/0' });
  });
  afterAll(() => t.close());

  it('answers 503 naming Redis as down while PostgreSQL is up, with no driver error text', async () => {
    const res = await t.http().get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', postgres: { status: 'up' }, redis: { status: 'down' } });
    const ready = await t.http().get('/health/ready').expect(503);
    expect(ready.body.details.redis).toEqual({ status: 'down' });
    await t.http().get('/health/live').expect(200);
  });
});
