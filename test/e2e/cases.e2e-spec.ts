import { act, APPLICANT, caseBody, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

describe('cases: intake, workflow and deadlines', () => {
  let t: TestApp;
  let unitId: string;
  let reception: TestUser;
  let inspector: TestUser;
  let leader: TestUser;
  let clerk: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    unitId = (await t.createUnit({ level: 'district' })).id;
    reception = await t.createUser('reception', unitId);
    inspector = await t.createUser('inspector', unitId);
    leader = await t.createUser('leader', unitId);
    clerk = await t.createUser('clerk', unitId);
  });
  afterAll(() => t.close());

  it('opens a complaint with a code, a pin and the acceptance deadline over Tết (API.md example)', async () => {
    const c = await openCase(t, reception, { receivedAt: '2024-02-01T09:30:00+07:00' });
    expect(c.code).toMatch(/^KN-2024-\d{6}$/);
    expect(c.trackingPin).toMatch(/^\d{6}$/);
    expect(c).toMatchObject({
      kind: 'complaint',
      status: 'received',
      applicant: APPLICANT,
      applicantSealed: false,
      // 10 working days from 2024-02-01, Tết 08-14/02 skipped.
      deadlines: { acceptance: '2024-02-22', resolution: null },
      dueDate: '2024-02-22',
      version: 1,
      possibleDuplicates: [],
    });
    const accepted = await act(t, inspector, c.id, 'accept', {
      occurredAt: '2024-02-05T10:00:00+07:00',
      version: 1,
    });
    // 30 calendar days from 2024-02-05.
    expect(accepted).toMatchObject({
      status: 'in_progress',
      deadlines: { acceptance: '2024-02-22', resolution: '2024-03-06' },
      dueDate: '2024-03-06',
      version: 2,
    });
    const resolved = await act(t, inspector, c.id, 'resolve', {
      outcome: 'partly_upheld',
      summary: 'Đúng một phần',
      occurredAt: '2024-03-06T16:00:00+07:00',
    });
    expect(resolved).toMatchObject({
      status: 'resolved',
      outcome: 'partly_upheld',
      onTime: true,
      dueDate: null,
    });
    const events = await t
      .http()
      .get(`/cases/${c.id}/events`)
      .set(...bearer(leader.token))
      .expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(['intake', 'accept', 'resolve']);
    expect(events.body[1]).toMatchObject({ occurredAt: '2024-02-05T03:00:00.000Z', actorId: inspector.id });
    expect(new Date(events.body[1].recordedAt).getFullYear()).toBeGreaterThanOrEqual(2026);
  });

  it('uses 7 working days for complaints received from 2026-07-01', async () => {
    const c = await openCase(t, reception, { receivedAt: '2026-07-01T09:00:00+07:00' });
    expect(c.deadlines.acceptance).toBe('2026-07-10');
    const before = await openCase(t, reception, { receivedAt: '2026-06-30T09:00:00+07:00' });
    expect(before.deadlines.acceptance).toBe('2026-07-14');
  });

  it('marks a late resolution as not on time, rolling forward over Quốc khánh', async () => {
    const c = await openCase(t, reception, { receivedAt: '2024-07-25T09:00:00+07:00' });
    // Accepted 2024-08-03: 30 days end Mon 2024-09-02 (Quốc khánh), 09-03 off too -> 2024-09-04.
    const accepted = await act(t, inspector, c.id, 'accept', { occurredAt: '2024-08-03T09:00:00+07:00' });
    expect(accepted.dueDate).toBe('2024-09-04');
    const done = await act(t, inspector, c.id, 'resolve', {
      outcome: 'not_upheld',
      summary: 'Sai',
      occurredAt: '2024-09-05T09:00:00+07:00',
    });
    expect(done.onTime).toBe(false);
  });

  it('applies the 15:00 rule to same-day civil status requests', async () => {
    const body = { kind: 'civil_status', procedure: 'birth', channel: 'in_person' };
    const early = await openCase(t, clerk, { ...body, receivedAt: '2024-03-01T14:59:00+07:00' });
    expect(early).toMatchObject({
      status: 'in_progress',
      deadlines: { acceptance: null, resolution: '2024-03-01' },
    });
    expect(early.code).toMatch(/^HT-2024-/);
    const late = await openCase(t, clerk, { ...body, receivedAt: '2024-03-01T15:01:00+07:00' });
    expect(late.dueDate).toBe('2024-03-04');
    // Make-up Saturday 2024-05-04 is a working day: received Fri 05-03 after 15:00 -> Sat 05-04.
    const makeUp = await openCase(t, clerk, { ...body, receivedAt: '2024-05-03T16:00:00+07:00' });
    expect(makeUp.dueDate).toBe('2024-05-04');
    const ext = await openCase(t, clerk, {
      kind: 'certification',
      procedure: 'copy_from_original',
      channel: 'in_person',
      receivedAt: '2024-03-01T10:00:00+07:00',
    });
    const extended = await act(t, clerk, ext.id, 'extend', { reason: 'Nhiều trang' });
    expect(extended).toMatchObject({ extensionCount: 1, dueDate: '2024-03-05' });
    await act(t, clerk, ext.id, 'extend', { reason: 'again' }, 422);
  });

  it('suspends and resumes a denunciation: paused days are not counted (DOMAIN.md 12.3 example)', async () => {
    const c = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      receivedAt: '2024-02-26T09:00:00+07:00',
    });
    await act(t, leader, c.id, 'assign', {
      assigneeId: inspector.id,
      occurredAt: '2024-02-27T09:00:00+07:00',
    });
    const accepted = await act(t, inspector, c.id, 'accept', {
      occurredAt: '2024-03-01T09:00:00+07:00',
      complexity: 'especially_complex',
    });
    // 2024-03-01 + 30 = Sun 2024-03-31, rolled forward to Mon 2024-04-01.
    expect(accepted.dueDate).toBe('2024-04-01');
    const suspended = await act(t, inspector, c.id, 'suspend', {
      reason: 'Chờ giám định',
      occurredAt: '2024-03-11T09:00:00+07:00',
    });
    expect(suspended).toMatchObject({ status: 'suspended', dueDate: null });
    const resumed = await act(t, inspector, c.id, 'resume', { occurredAt: '2024-03-21T09:00:00+07:00' });
    expect(resumed.dueDate).toBe('2024-04-10');
    const ext1 = await act(t, inspector, c.id, 'extend', { reason: 'Phức tạp' });
    expect(ext1.dueDate).toBe('2024-05-10');
    const ext2 = await act(t, inspector, c.id, 'extend', { reason: 'Đặc biệt phức tạp', days: 30 });
    expect(ext2.dueDate).toBe('2024-06-10');
    const third = await t
      .http()
      .post(`/cases/${c.id}/actions/extend`)
      .set(...bearer(inspector.token))
      .send({ reason: 'x' })
      .expect(422);
    expect(third.body.message).toMatch(/at most 2/);
    const deadline = await t
      .http()
      .get(`/cases/${c.id}/deadline`)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(deadline.body).toMatchObject({ clock: 'resolution', dueDate: '2024-06-10' });
    expect(deadline.body.resolution).toMatchObject({
      start: '2024-03-01',
      extensionDays: 60,
      pausedDays: 10,
    });
  });

  it('refuses moves the status does not allow (409) and those the law refuses (422)', async () => {
    const c = await openCase(t, reception);
    await act(t, inspector, c.id, 'resolve', { outcome: 'upheld', summary: 'x' }, 409);
    await act(t, inspector, c.id, 'suspend', { reason: 'x' }, 409);
    await act(t, inspector, c.id, 'reject', {}, 400);
    await act(t, inspector, c.id, 'reject', { reason: 'Không thuộc thẩm quyền' });
    await act(t, inspector, c.id, 'accept', {}, 409);
    const anon = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      anonymous: true,
      applicant: null,
    });
    expect(anon).toMatchObject({ anonymous: true, applicant: null });
    const refused = await t
      .http()
      .post(`/cases/${anon.id}/actions/accept`)
      .set(...bearer(inspector.token))
      .send({})
      .expect(422);
    expect(refused.body.message).toMatch(/anonymous/i);
    await act(t, inspector, anon.id, 'transfer', { toAuthority: 'Thanh tra tỉnh' });
    const normal = await openCase(t, reception, { kind: 'denunciation', procedure: null });
    await act(t, inspector, normal.id, 'accept', {});
    await act(t, inspector, normal.id, 'extend', { reason: 'x' }, 422);
    const kn = await openCase(t, reception);
    await act(t, inspector, kn.id, 'accept', {});
    await act(t, inspector, kn.id, 'resolve', { outcome: 'first_decision_upheld', summary: 'x' }, 400);
    await act(t, inspector, kn.id, 'extend', { reason: 'x', days: 16 }, 422);
    await act(t, inspector, kn.id, 'extend', { reason: 'x', days: 15 });
    await act(t, inspector, kn.id, 'extend', { reason: 'x' }, 422);
    await act(t, inspector, kn.id, 'accept', { reason: 'not a field of accept' }, 400);
  });

  it('refuses stale versions, and exactly one of two parallel actions wins', async () => {
    const c = await openCase(t, reception);
    await act(t, inspector, c.id, 'accept', { version: 1 });
    await act(t, inspector, c.id, 'suspend', { version: 1, reason: 'x' }, 409);
    const results = await Promise.all([
      t
        .http()
        .post(`/cases/${c.id}/actions/resolve`)
        .set(...bearer(inspector.token))
        .send({ outcome: 'upheld', summary: 'a' }),
      t
        .http()
        .post(`/cases/${c.id}/actions/resolve`)
        .set(...bearer(leader.token))
        .send({ outcome: 'not_upheld', summary: 'b' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const events = await t
      .http()
      .get(`/cases/${c.id}/events`)
      .set(...bearer(leader.token))
      .expect(200);
    expect(events.body.filter((e: { type: string }) => e.type === 'resolve')).toHaveLength(1);
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'case.resolve'`,
      [c.id],
    );
    expect(audit[0].n).toBe(1);
  });

  it('refuses an occurredAt before the last event or in the future', async () => {
    const c = await openCase(t, reception, { receivedAt: '2024-04-01T09:00:00+07:00' });
    await act(t, inspector, c.id, 'accept', { occurredAt: '2024-03-31T09:00:00+07:00' }, 400);
    await act(t, inspector, c.id, 'accept', { occurredAt: '2099-01-01T09:00:00+07:00' }, 400);
    const still = await t
      .http()
      .get(`/cases/${c.id}`)
      .set(...bearer(inspector.token))
      .expect(200);
    expect(still.body).toMatchObject({ status: 'received', version: 1 });
  });

  it('answers invalid intake with 400 naming the problem, and creates nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM citizen_case');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ kind: 'lawsuit' }, /kind/],
      [{ procedure: 'third_instance' }, /procedure/],
      [{ kind: 'petition', procedure: null }, /procedure/],
      [{ channel: 'pigeon' }, /channel/],
      [{ subject: '   ' }, /subject/],
      [{ content: '' }, /content/],
      [{ content: 'x'.repeat(20_001) }, /content/],
      [{ subject: 'bad\u0007bell' }, /control/],
      [{ receivedAt: '2099-01-01T00:00:00+07:00' }, /future/],
      [{ receivedAt: '2024-13-45' }, /receivedAt/],
      [{ applicant: { ...APPLICANT, idNumber: '12345' } }, /idNumber/],
      [{ applicant: { ...APPLICANT, idNumber: '099090001234' } }, /idNumber/],
      [{ applicant: { ...APPLICANT, phone: '12345' } }, /phone/],
      [{ applicant: { ...APPLICANT, email: 'not-mail' } }, /email/],
      [{ applicant: { ...APPLICANT, fullName: '' } }, /fullName/],
      [{ applicant: null }, /applicant/],
      [{ applicant: { ...APPLICANT, extra: 1 } }, /extra/],
      [{ anonymous: true }, /applicant must be absent/],
      [{ unitId: 'not-a-uuid' }, /unitId/],
      [{ hacker: true }, /hacker/],
    ];
    for (const [fields, message] of cases) {
      const res = await t
        .http()
        .post('/cases')
        .set(...bearer(reception.token))
        .send(caseBody(fields));
      expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM citizen_case');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a unit outside the desk and an unknown unit without drawing a case number; a sub-unit is fine', async () => {
    const sibling = (await t.createUnit({ level: 'district' })).id;
    const ward = (await t.createUnit({ level: 'commune', parentId: unitId })).id;
    const first = await openCase(t, reception, { receivedAt: '2025-03-03T09:00:00+07:00' });
    const refused = [
      [sibling, 403, /only in your unit/],
      ['00000000-0000-4000-8000-000000000000', 400, /no unit/],
    ] as const;
    for (const [unit, status, message] of refused) {
      const res = await t
        .http()
        .post('/cases')
        .set(...bearer(reception.token))
        .send(caseBody({ unitId: unit, receivedAt: '2025-03-03T09:00:00+07:00' }));
      expect({ unit, status: res.status }).toEqual({ unit, status });
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    const next = await openCase(t, reception, { unitId: ward, receivedAt: '2025-03-03T09:00:00+07:00' });
    // The refusals drew no number: the register of 2025 goes on without a gap.
    const number = (code: string): number => Number(code.slice(-6));
    expect(number(next.code)).toBe(number(first.code) + 1);
    expect(next.unitId).toBe(ward);
  });

  it('stores hostile-looking text verbatim', async () => {
    const c = await openCase(t, reception, {
      subject: `<script>alert('x')</script>; DROP TABLE citizen_case; --`,
    });
    const res = await t
      .http()
      .get(`/cases/${c.id}`)
      .set(...bearer(reception.token))
      .expect(200);
    expect(res.body.subject).toBe(`<script>alert('x')</script>; DROP TABLE citizen_case; --`);
  });

  it('opens one case for a repeated Idempotency-Key, also in parallel, and refuses the key with another body', async () => {
    const send = (key: string, body = caseBody()) =>
      t
        .http()
        .post('/cases')
        .set(...bearer(reception.token))
        .set('Idempotency-Key', key)
        .send(body);
    const first = await send('key-1').expect(201);
    const again = await send('key-1').expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.trackingPin).toBe(first.body.trackingPin);
    await send('key-1', caseBody({ subject: 'other' })).expect(409);
    const parallel = await Promise.all([send('key-2'), send('key-2'), send('key-2')]);
    expect(new Set(parallel.map((r) => r.body.id)).size).toBe(1);
    expect(parallel.map((r) => r.status).sort()).toEqual([200, 200, 201]);
  });

  it('hints at open cases of the same applicant ID number and kind', async () => {
    const idNumber = '001200009999';
    const first = await openCase(t, reception, { applicant: { ...APPLICANT, idNumber } });
    const second = await openCase(t, reception, { applicant: { ...APPLICANT, idNumber } });
    expect(second.possibleDuplicates).toEqual([
      { id: first.id, code: first.code, status: 'received', receivedAt: first.receivedAt },
    ]);
    const petition = await openCase(t, reception, {
      kind: 'petition',
      procedure: 'feedback',
      applicant: { ...APPLICANT, idNumber },
    });
    expect(petition.possibleDuplicates).toEqual([]);
  });

  it('hints only at the cases the caller may read', async () => {
    const idNumber = '001200008888';
    const applicant = { ...APPLICANT, idNumber };
    const first = await openCase(t, reception, { applicant });
    const codes = async (user: TestUser, fields: Record<string, unknown> = {}): Promise<string[]> =>
      (await openCase(t, user, { applicant, ...fields })).possibleDuplicates.map(
        (d: { code: string }) => d.code,
      );
    // Another desk officer of the unit reads only the cases they opened; staff of another unit read none.
    expect(await codes(await t.createUser('reception', unitId))).toEqual([]);
    for (const role of ['reception', 'inspector', 'leader'] as const) {
      const elsewhere = (await t.createUnit({ level: 'district' })).id;
      expect({ role, codes: await codes(await t.createUser(role, elsewhere)) }).toEqual({ role, codes: [] });
    }
    expect(await codes(inspector)).toContain(first.code);
    expect(await codes(leader)).toContain(first.code);
    expect(await codes(reception)).toContain(first.code);
  });

  it('numbers codes without duplicates under concurrency', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => openCase(t, reception, { receivedAt: '2025-05-05T09:00:00+07:00' })),
    );
    const codes = results.map((c) => c.code);
    expect(new Set(codes).size).toBe(12);
    codes.forEach((code) => expect(code).toMatch(/^KN-2025-\d{6}$/));
  });

  it('lets clerks open only civil status and certification, and reception act on nothing', async () => {
    await t
      .http()
      .post('/cases')
      .set(...bearer(clerk.token))
      .send(caseBody())
      .expect(403);
    const c = await openCase(t, reception);
    await act(t, reception, c.id, 'accept', {}, 403);
    const other = await t.createUser('reception', unitId);
    await t
      .http()
      .get(`/cases/${c.id}`)
      .set(...bearer(other.token))
      .expect(404);
    await act(t, other, c.id, 'accept', {}, 404);
    await t
      .http()
      .get(`/cases/${c.id}`)
      .set(...bearer(clerk.token))
      .expect(404);
  });

  it('recomputes an open case when an admin adds a day off inside its clock', async () => {
    const c = await openCase(t, reception, {
      kind: 'petition',
      procedure: 'request',
      receivedAt: '2026-11-02T09:00:00+07:00',
    });
    // Reply due in 10 working days: 2026-11-16.
    expect(c.dueDate).toBe('2026-11-16');
    await t
      .http()
      .put('/calendar/days/2026-11-10')
      .set(...bearer(t.adminToken))
      .send({ type: 'day_off', name: 'Nghỉ' })
      .expect(200);
    const after = await t
      .http()
      .get(`/cases/${c.id}`)
      .set(...bearer(reception.token))
      .expect(200);
    expect(after.body.dueDate).toBe('2026-11-17');
  });

  it('lists with filters, pagination and diacritics-free search', async () => {
    const c = await openCase(t, reception, {
      subject: 'Phản ánh đường ngập nước',
      kind: 'petition',
      procedure: 'feedback',
    });
    const found = await t
      .http()
      .get('/cases?q=duong ngap&kind=petition')
      .set(...bearer(leader.token))
      .expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const byName = await t
      .http()
      .get('/cases?q=nguyen van an&limit=1')
      .set(...bearer(leader.token))
      .expect(200);
    expect(byName.body).toMatchObject({ page: 1, limit: 1 });
    expect(byName.body.total).toBeGreaterThan(1);
    await t
      .http()
      .get('/cases?limit=500')
      .set(...bearer(leader.token))
      .expect(400);
    await t
      .http()
      .get('/cases?status=lost')
      .set(...bearer(leader.token))
      .expect(400);
    const sorted = await t
      .http()
      .get('/cases?sort=dueDate&status=received&limit=200')
      .set(...bearer(leader.token))
      .expect(200);
    const dates = sorted.body.items.map((i: { dueDate: string }) => i.dueDate).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
  });
});
