import { openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/** Inputs that once crashed a request (500): each is a 400 that names the field, and changes nothing. */
describe('bad input answers 400 naming the field', () => {
  let t: TestApp;
  let leader: TestUser;
  let caseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const unit = await t.createUnit();
    leader = await t.createUser('leader', unit.id);
    caseId = (await openCase(t, leader)).id;
  });
  afterAll(() => t.close());

  it.each([
    ['/cases?q=!', 'q'],
    ['/cases?q=%00', 'q'],
    ['/cases?dueBefore=2024-02-30', 'dueBefore'],
    ['/receptions?from=2024-02-30', 'from'],
  ])('GET %s', async (path, field) => {
    const res = await t
      .http()
      .get(path)
      .set(...bearer(leader.token));
    expect({ status: res.status, message: JSON.stringify(res.body.message) }).toEqual({
      status: 400,
      message: expect.stringContaining(field),
    });
  });

  it('GET /audit?action=a%00', async () => {
    const res = await t
      .http()
      .get('/audit?action=a%00')
      .set(...bearer(t.adminToken));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('action');
  });

  it('a deeply nested JSON body', async () => {
    const depth = 20_000;
    const body = `{"subject":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const res = await t
      .http()
      .post('/cases')
      .set(...bearer(leader.token))
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('body must not nest deeper');
  });

  it('an Idempotency-Key of 1,000 characters', async () => {
    const res = await t
      .http()
      .post('/cases')
      .set(...bearer(leader.token))
      .set('Idempotency-Key', 'k'.repeat(1000))
      .send({
        kind: 'complaint',
        channel: 'in_person',
        applicant: { fullName: 'A' },
        subject: 's',
        content: 'c',
      });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('Idempotency-Key');
  });

  it('POST /cases/:id/actions/assign {}', async () => {
    const res = await t
      .http()
      .post(`/cases/${caseId}/actions/assign`)
      .set(...bearer(leader.token))
      .send({});
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('assigneeId');
  });

  it('PATCH /users/:id {fullName: null} changes nothing (null means absent)', async () => {
    const res = await t
      .http()
      .patch(`/users/${leader.id}`)
      .set(...bearer(t.adminToken))
      .send({ fullName: null, role: null, active: null, password: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fullName: `Cán bộ ${leader.username}`, role: 'leader', active: true });
    await t.login(leader.username, leader.password);
  });
});

describe('Idempotency-Key', () => {
  let t: TestApp;
  let reception: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    reception = await t.createUser('reception', (await t.createUnit()).id);
  });
  afterAll(() => t.close());

  it('hashes a canonical body: the same fields in another order are the same request', async () => {
    const send = (body: object): Promise<{ status: number; body: any }> =>
      t
        .http()
        .post('/cases')
        .set(...bearer(reception.token))
        .set('Idempotency-Key', 'order-1')
        .send(body);
    const first = await send({
      kind: 'petition',
      procedure: 'feedback',
      channel: 'in_person',
      applicant: { fullName: 'Đỗ Văn Thứ Tự', phone: '0912345678' },
      subject: 'Phản ánh',
      content: 'Nội dung',
    });
    const again = await send({
      content: 'Nội dung',
      subject: 'Phản ánh',
      applicant: { phone: '0912345678', fullName: 'Đỗ Văn Thứ Tự', email: null },
      channel: 'in_person',
      procedure: 'feedback',
      kind: 'petition',
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
  });
});
