import { act, APPLICANT, openCase } from '../utils/cases.js';
import { getAs } from '../utils/http.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const ACTIONS = [
  'accept',
  'reject',
  'transfer',
  'assign',
  'extend',
  'suspend',
  'resume',
  'resolve',
  'withdraw',
  'terminate',
] as const;
type Action = (typeof ACTIONS)[number];

/** The cases of the test, each built afresh in the state it names. */
type State =
  | 'complaint_received'
  | 'complaint_in_progress'
  | 'complaint_extended'
  | 'complaint_suspended'
  | 'complaint_resolved'
  | 'anonymous_denunciation'
  | 'sealed_denunciation'
  | 'denunciation_especially_complex'
  | 'civil_status';

describe('the case page: allowed actions, notes, corrections, timeline, staff', () => {
  let t: TestApp;
  let unitId: string;
  let subUnitId: string;
  let otherUnitId: string;
  let reception: TestUser;
  let inspector: TestUser;
  let leader: TestUser;
  let clerk: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    unitId = (await t.createUnit({ level: 'district' })).id;
    subUnitId = (await t.createUnit({ level: 'commune', parentId: unitId })).id;
    otherUnitId = (await t.createUnit({ level: 'district' })).id;
    reception = await t.createUser('reception', unitId);
    inspector = await t.createUser('inspector', unitId, { fullName: 'Trần Thị Thanh Tra' });
    leader = await t.createUser('leader', unitId, { fullName: 'Lê Văn Lãnh Đạo' });
    clerk = await t.createUser('clerk', unitId);
    const adminLogin = await t.login('admin', 'admin-password-e2e');
    admin = {
      id: adminLogin.userId,
      username: 'admin',
      password: '',
      role: 'admin',
      unitId: null,
      token: adminLogin.token,
    };
  });
  afterAll(() => t.close());

  async function make(state: State): Promise<string> {
    switch (state) {
      case 'complaint_received':
        return (await openCase(t, reception)).id;
      case 'complaint_in_progress': {
        const c = await openCase(t, reception);
        await act(t, leader, c.id, 'accept');
        return c.id;
      }
      case 'complaint_extended': {
        const id = await make('complaint_in_progress');
        await act(t, leader, id, 'extend', { reason: 'Phát hiện tình tiết phức tạp' });
        return id;
      }
      case 'complaint_suspended': {
        const id = await make('complaint_in_progress');
        await act(t, leader, id, 'suspend', { reason: 'Chờ giám định' });
        return id;
      }
      case 'complaint_resolved': {
        const id = await make('complaint_in_progress');
        await act(t, leader, id, 'resolve', { outcome: 'upheld', summary: 'Đúng' });
        return id;
      }
      case 'anonymous_denunciation':
        return (
          await openCase(t, reception, {
            kind: 'denunciation',
            procedure: null,
            anonymous: true,
            applicant: null,
          })
        ).id;
      case 'sealed_denunciation':
        return (await openCase(t, reception, { kind: 'denunciation', procedure: null })).id;
      case 'denunciation_especially_complex': {
        const id = await make('sealed_denunciation');
        await act(t, leader, id, 'accept', { complexity: 'especially_complex' });
        return id;
      }
      case 'civil_status':
        return (await openCase(t, reception, { kind: 'civil_status', procedure: 'change_correction' })).id;
    }
  }

  const OUTCOME: Record<string, string> = {
    complaint: 'upheld',
    denunciation: 'not_upheld',
    civil_status: 'completed',
  };

  function body(action: Action, kind: string): Record<string, unknown> {
    switch (action) {
      case 'accept':
      case 'resume':
      case 'withdraw':
        return {};
      case 'reject':
      case 'extend':
      case 'suspend':
      case 'terminate':
        return { reason: 'Lý do' };
      case 'transfer':
        return { toAuthority: 'Thanh tra tỉnh' };
      case 'assign':
        return { assigneeId: kind === 'civil_status' ? clerk.id : inspector.id };
      case 'resolve':
        return { outcome: OUTCOME[kind], summary: 'Kết quả' };
    }
  }

  const tryAction = (user: TestUser, id: string, action: Action, kind: string) =>
    t
      .http()
      .post(`/cases/${id}/actions/${action}`)
      .set(...bearer(user.token))
      .send(body(action, kind));

  /** Every listed action succeeds (each on a fresh case in that state); every other one is refused. */
  async function checkAllowed(user: TestUser, state: State): Promise<string[]> {
    const id = await make(state);
    const read = await getAs(t, `/cases/${id}`, user);
    const allowed: string[] = read.allowedActions;
    for (const action of ACTIONS) {
      if (allowed.includes(action)) {
        const fresh = await make(state);
        const res = await tryAction(user, fresh, action, read.kind);
        expect({ user: user.role, state, action, status: res.status }).toEqual({
          user: user.role,
          state,
          action,
          status: 201,
        });
      } else {
        const res = await tryAction(user, id, action, read.kind);
        expect({ user: user.role, state, action, refused: [403, 409, 422].includes(res.status) }).toEqual({
          user: user.role,
          state,
          action,
          refused: true,
        });
      }
    }
    const after = await getAs(t, `/cases/${id}`, user);
    expect(after.version).toBe(read.version);
    return allowed;
  }

  it('lists for a leader exactly the actions that succeed, in every status', async () => {
    expect(await checkAllowed(leader, 'complaint_received')).toEqual([
      'accept',
      'reject',
      'transfer',
      'assign',
      'withdraw',
    ]);
    expect(await checkAllowed(leader, 'complaint_in_progress')).toEqual([
      'assign',
      'extend',
      'suspend',
      'resolve',
      'withdraw',
      'terminate',
    ]);
    expect(await checkAllowed(leader, 'complaint_extended')).not.toContain('extend');
    expect(await checkAllowed(leader, 'complaint_suspended')).toEqual([
      'assign',
      'resume',
      'withdraw',
      'terminate',
    ]);
    expect(await checkAllowed(leader, 'complaint_resolved')).toEqual([]);
    expect(await checkAllowed(leader, 'anonymous_denunciation')).toEqual(['reject', 'transfer', 'assign']);
    expect(await checkAllowed(leader, 'sealed_denunciation')).toContain('assign');
  });

  it('lists for an inspector the same, but no assign on a sealed case', async () => {
    expect(await checkAllowed(inspector, 'complaint_received')).toContain('assign');
    expect(await checkAllowed(inspector, 'complaint_in_progress')).toContain('extend');
    const sealed = await checkAllowed(inspector, 'sealed_denunciation');
    expect(sealed).toContain('accept');
    expect(sealed).not.toContain('assign');
    // Nobody's identity is sealed on an anonymous denunciation: an inspector assigns it.
    expect(await checkAllowed(inspector, 'anonymous_denunciation')).toEqual(['reject', 'transfer', 'assign']);
  });

  it('lists for a clerk the actions of a civil-status request, for an admin all, for reception none', async () => {
    expect(await checkAllowed(clerk, 'civil_status')).toEqual([
      'assign',
      'extend',
      'resolve',
      'withdraw',
      'terminate',
    ]);
    expect(await checkAllowed(admin, 'sealed_denunciation')).toContain('assign');
    expect(await checkAllowed(admin, 'complaint_suspended')).toContain('resume');
    for (const state of ['complaint_received', 'complaint_in_progress', 'civil_status'] as const) {
      expect(await checkAllowed(reception, state)).toEqual([]);
    }
    const read = await getAs(t, `/cases/${await make('complaint_received')}`, reception);
    expect(read).toMatchObject({ allowedActions: [], extension: null, canEdit: false });
  });

  it('shows the legal maximum of the next extension until none is left', async () => {
    const id = await make('denunciation_especially_complex');
    const first = await getAs(t, `/cases/${id}`, leader);
    expect(first.extension).toEqual({ maxDays: 30, unit: 'calendar_days', remaining: 2 });
    const extended = await act(t, leader, id, 'extend', { reason: 'Rất phức tạp' });
    expect((await getAs(t, `/cases/${id}`, leader)).extension).toEqual({
      maxDays: 30,
      unit: 'calendar_days',
      remaining: 1,
    });
    await act(t, leader, id, 'extend', { reason: 'Rất phức tạp', version: extended.version });
    const done = await getAs(t, `/cases/${id}`, leader);
    expect(done.allowedActions).not.toContain('extend');
    expect(done.extension).toBeNull();
    const refused = await tryAction(leader, id, 'extend', 'denunciation');
    expect(refused.status).toBe(422);
    const hoTich = await getAs(t, `/cases/${await make('civil_status')}`, clerk);
    expect(hoTich.extension).toEqual({ maxDays: 3, unit: 'working_days', remaining: 1 });
    // A refused extension past the maximum agrees with the maximum shown.
    const past = await t
      .http()
      .post(`/cases/${hoTich.id}/actions/extend`)
      .set(...bearer(clerk.token))
      .send({ reason: 'Xác minh', days: hoTich.extension.maxDays + 1 });
    expect(past.status).toBe(422);
  });

  it('adds a note to the timeline with the author, audited, mailed to nobody, for those who act only', async () => {
    const c = await openCase(t, reception);
    const mailsBefore = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE case_id = $1`,
      [c.id],
    );
    const res = await t
      .http()
      .post(`/cases/${c.id}/notes`)
      .set(...bearer(inspector.token))
      .send({ text: 'Đã gọi điện cho công dân <b>hẹn</b> ngày mai' })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      text: 'Đã gọi điện cho công dân <b>hẹn</b> ngày mai',
      authorId: inspector.id,
      createdAt: expect.any(String),
    });
    const events = await getAs(t, `/cases/${c.id}/events`, leader);
    const note = events.find((e: { type: string }) => e.type === 'note');
    expect(note).toMatchObject({
      id: res.body.id,
      actorId: inspector.id,
      actorName: 'Trần Thị Thanh Tra',
      fromStatus: 'received',
      toStatus: 'received',
      data: { text: res.body.text },
    });
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'case.note' AND entity_id = $1`,
      [c.id],
    );
    expect(audit).toEqual({ actor_id: inspector.id, details: { noteId: res.body.id, text: res.body.text } });
    const mailsAfter = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE case_id = $1`,
      [c.id],
    );
    expect(mailsAfter).toEqual(mailsBefore);
    // A note is not a change of the case: the version stays.
    const read = await getAs(t, `/cases/${c.id}`, leader);
    expect(read.version).toBe(c.version);
    for (const [user, status] of [
      [reception, 403],
      [clerk, 404],
    ] as const) {
      await t
        .http()
        .post(`/cases/${c.id}/notes`)
        .set(...bearer(user.token))
        .send({ text: 'x' })
        .expect(status);
    }
    await t
      .http()
      .post(`/cases/${c.id}/notes`)
      .set(...bearer(leader.token))
      .send({ text: '  ' })
      .expect(400);
    await t
      .http()
      .post(`/cases/${c.id}/notes`)
      .set(...bearer(leader.token))
      .send({ text: 'x', extra: 1 })
      .expect(400);
  });

  it('corrects details with a timeline event naming the fields and an audit row with old and new values', async () => {
    const c = await openCase(t, reception, { subject: 'Khiếu nại đất đai' });
    const res = await t
      .http()
      .patch(`/cases/${c.id}`)
      .set(...bearer(inspector.token))
      .send({
        subject: 'Khiếu nại thu hồi đất',
        applicant: { phone: '0987654321', email: null },
        version: c.version,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      subject: 'Khiếu nại thu hồi đất',
      applicant: { ...APPLICANT, phone: '0987654321' },
      version: c.version + 1,
    });
    // The search follows the new subject, without diacritics.
    const found = await t
      .http()
      .get('/cases?q=thu hoi dat')
      .set(...bearer(leader.token))
      .expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const events = await getAs(t, `/cases/${c.id}/events`, leader);
    expect(events.find((e: { type: string }) => e.type === 'details_corrected')).toMatchObject({
      actorName: 'Trần Thị Thanh Tra',
      data: { fields: ['subject', 'applicant.phone'] },
    });
    const [audit] = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'case.correct' AND entity_id = $1`,
      [c.id],
    );
    expect(audit.details).toEqual({
      fields: ['subject', 'applicant.phone'],
      before: { subject: 'Khiếu nại đất đai', 'applicant.phone': APPLICANT.phone },
      after: { subject: 'Khiếu nại thu hồi đất', 'applicant.phone': '0987654321' },
    });
    const patch = (user: TestUser, send: Record<string, unknown>) =>
      t
        .http()
        .patch(`/cases/${c.id}`)
        .set(...bearer(user.token))
        .send(send);
    // Stale version, nothing that changes, unknown fields, the name, who may not act.
    expect((await patch(leader, { subject: 'Khác', version: c.version })).status).toBe(409);
    expect((await patch(leader, { version: c.version + 1 })).status).toBe(400);
    expect((await patch(leader, { subject: 'Khiếu nại thu hồi đất', version: c.version + 1 })).status).toBe(
      400,
    );
    expect((await patch(leader, { status: 'resolved', version: c.version + 1 })).status).toBe(400);
    expect((await patch(leader, { applicant: { fullName: 'Ai đó' }, version: c.version + 1 })).status).toBe(
      400,
    );
    expect((await patch(leader, { subject: 'Khác' })).status).toBe(400);
    expect((await patch(reception, { subject: 'Khác', version: c.version + 1 })).status).toBe(403);
    expect((await patch(clerk, { subject: 'Khác', version: c.version + 1 })).status).toBe(404);
    expect((await getAs(t, `/cases/${c.id}`, leader)).version).toBe(c.version + 1);
  });

  it('corrects a sealed applicant without any sealed value in the timeline, the audit log or the answer', async () => {
    const c = await openCase(t, reception, { kind: 'denunciation', procedure: null });
    const res = await t
      .http()
      .patch(`/cases/${c.id}`)
      .set(...bearer(leader.token))
      .send({
        content: 'Nội dung đã sửa',
        applicant: { address: 'Số 9 đường Bí Mật', email: 'kin@example.vn' },
        version: c.version,
      })
      .expect(200);
    expect(res.body).toMatchObject({ applicant: null, applicantSealed: true, content: 'Nội dung đã sửa' });
    const revealed = await getAs(t, `/cases/${c.id}/identity`, leader);
    expect(revealed.applicant).toMatchObject({
      fullName: APPLICANT.fullName,
      address: 'Số 9 đường Bí Mật',
      email: 'kin@example.vn',
      phone: APPLICANT.phone,
    });
    const [audit] = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'case.correct' AND entity_id = $1`,
      [c.id],
    );
    expect(audit.details).toEqual({
      fields: ['content', 'applicant.email', 'applicant.address'],
      before: { content: 'Nội dung khiếu nại' },
      after: { content: 'Nội dung đã sửa' },
    });
    const [{ all }] = await t.dataSource.query(
      `SELECT (SELECT string_agg(row_to_json(e)::text, '') FROM case_event e WHERE case_id = $1) ||
              (SELECT string_agg(row_to_json(a)::text, '') FROM audit_log a) ||
              (SELECT row_to_json(c)::text FROM citizen_case c WHERE id = $1) AS all`,
      [c.id],
    );
    for (const secret of ['Bí Mật', 'kin@example.vn', APPLICANT.address, 'An@example', APPLICANT.fullName]) {
      expect(all).not.toContain(secret);
    }
    // An anonymous case has no applicant to correct.
    const anonymous = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      anonymous: true,
      applicant: null,
    });
    await t
      .http()
      .patch(`/cases/${anonymous.id}`)
      .set(...bearer(leader.token))
      .send({ applicant: { phone: '0912345678' }, version: anonymous.version })
      .expect(400);
  });

  it('gives every timeline item its actor name, when it happened and was recorded, and the statuses', async () => {
    const c = await openCase(t, reception, { receivedAt: '2024-02-01T09:30:00+07:00' });
    await act(t, leader, c.id, 'accept', { occurredAt: '2024-02-05T10:00:00+07:00' });
    const events = await getAs(t, `/cases/${c.id}/events`, inspector);
    expect(
      events.map((e: Record<string, unknown>) => [
        e.type,
        e.actorName,
        e.occurredAt,
        e.fromStatus,
        e.toStatus,
      ]),
    ).toEqual([
      ['intake', expect.stringContaining('reception.'), '2024-02-01T02:30:00.000Z', null, 'received'],
      ['accept', 'Lê Văn Lãnh Đạo', '2024-02-05T03:00:00.000Z', 'received', 'in_progress'],
    ]);
    expect(
      events.every((e: { recordedAt: string }) => Date.parse(e.recordedAt) > Date.parse('2025-01-01')),
    ).toBe(true);
  });

  it('lists the cases assigned to nobody for the worklist tab "Chưa phân công"', async () => {
    const free = await openCase(t, reception, { subject: 'Chưa ai nhận' });
    const taken = await openCase(t, reception, { subject: 'Đã có người nhận' });
    await act(t, leader, taken.id, 'assign', { assigneeId: inspector.id, version: taken.version });
    const ids = (await getAs(t, '/cases?unassigned=true&limit=200', leader)).items.map(
      (i: { id: string; assigneeId: string | null }) => {
        expect(i.assigneeId).toBeNull();
        return i.id;
      },
    );
    expect(ids).toContain(free.id);
    expect(ids).not.toContain(taken.id);
    await t
      .http()
      .get('/cases?unassigned=false')
      .set(...bearer(leader.token))
      .expect(400);
  });

  it('filters the worklist by procedure, received business dates (Asia/Ho_Chi_Minh) and a due date range', async () => {
    const late = await openCase(t, reception, { receivedAt: '2024-03-10T23:30:00+07:00' });
    const early = await openCase(t, reception, {
      procedure: 'second_instance',
      receivedAt: '2024-03-11T00:30:00+07:00',
    });
    const ids = async (query: string) =>
      (await getAs(t, `/cases?limit=200&${query}`, leader)).items.map((i: { id: string }) => i.id);
    // Both are 2024-03-10 in UTC: only the business time zone tells them apart.
    expect(await ids('receivedFrom=2024-03-11&receivedTo=2024-03-11')).toEqual([early.id]);
    expect(await ids('receivedFrom=2024-03-10&receivedTo=2024-03-10')).toEqual([late.id]);
    expect(await ids('receivedFrom=2024-03-10&receivedTo=2024-03-11&procedure=first_instance')).toEqual([
      late.id,
    ]);
    const due: string = early.dueDate;
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const next = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await ids(`receivedFrom=2024-03-11&dueAfter=${due}&dueBefore=${next}`)).toEqual([early.id]);
    expect(await ids(`receivedFrom=2024-03-11&receivedTo=2024-03-11&dueAfter=${next}`)).toEqual([]);
    for (const bad of ['procedure=nope', 'receivedFrom=2024-02-30', 'receivedTo=10/03/2024', 'dueAfter=x']) {
      await t
        .http()
        .get(`/cases?${bad}`)
        .set(...bearer(leader.token))
        .expect(400);
    }
  });

  it("finds staff of the caller's unit tree by a name typed without diacritics", async () => {
    const sub = await t.createUser('inspector', subUnitId, { fullName: 'Phạm Đức Thắng' });
    await t.createUser('inspector', otherUnitId, { fullName: 'Phạm Đức Thành' });
    const gone = await t.createUser('inspector', unitId, { fullName: 'Phạm Đức Nghỉ' });
    await t
      .http()
      .patch(`/users/${gone.id}`)
      .set(...bearer(t.adminToken))
      .send({ active: false })
      .expect(200);
    const subReception = await t.createUser('reception', subUnitId);
    const names = async (user: TestUser, query: string): Promise<string[]> =>
      (await getAs(t, `/staff?${query}`, user)).items.map((i: { fullName: string }) => i.fullName);

    const found = await getAs(t, '/staff?q=pham duc', leader);
    expect(found.items).toEqual([
      { id: sub.id, fullName: 'Phạm Đức Thắng', role: 'inspector', unitId: subUnitId },
    ]);
    expect(await names(inspector, 'q=PHAM DUC THANG')).toEqual(['Phạm Đức Thắng']);
    expect(await names(admin, 'q=pham duc')).toEqual(['Phạm Đức Thành', 'Phạm Đức Thắng']);
    // Reception and clerks see their own unit only.
    expect(await names(reception, 'q=pham')).toEqual([]);
    expect(await names(subReception, 'q=pham')).toEqual(['Phạm Đức Thắng']);
    expect(await names(clerk, 'role=leader')).toEqual(['Lê Văn Lãnh Đạo']);
    expect(await names(leader, `unitId=${otherUnitId}`)).toEqual([]);
    expect(await names(leader, `unitId=${subUnitId}&role=inspector`)).toEqual(['Phạm Đức Thắng']);
    expect(await names(leader, 'q=thanh tra')).toEqual(['Trần Thị Thanh Tra']);
    await t
      .http()
      .get('/staff?role=boss')
      .set(...bearer(leader.token))
      .expect(400);
    await t.http().get('/staff').expect(401);
  });

  it('describes every new answer in the OpenAPI document, for the generated client', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    const schemaOf = (path: string, method: string, status: string): string =>
      JSON.stringify(
        doc.paths[path]?.[method]?.responses?.[status]?.content?.['application/json']?.schema ?? null,
      );
    expect(schemaOf('/cases/{id}', 'get', '200')).toMatch(/CaseDetailResponse/);
    expect(schemaOf('/cases/{id}', 'patch', '200')).toMatch(/CaseResponse/);
    expect(schemaOf('/cases/{id}/notes', 'post', '201')).toMatch(/CaseNoteResponse/);
    expect(schemaOf('/cases/{id}/events', 'get', '200')).toMatch(/CaseEventResponse/);
    expect(schemaOf('/staff', 'get', '200')).toMatch(/StaffListResponse/);
    expect(schemaOf('/calendar/impact', 'get', '200')).toMatch(/CalendarImpactResponse/);
    expect(schemaOf('/notifications/{id}/retry', 'post', '200')).toMatch(/NotificationResponse/);
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.CaseDetailResponse.properties)).toEqual(
      expect.arrayContaining(['id', 'status', 'version', 'allowedActions', 'extension', 'canEdit']),
    );
    expect(Object.keys(schemas.CaseEventResponse.properties)).toEqual(
      expect.arrayContaining(['actorName', 'occurredAt', 'recordedAt', 'fromStatus', 'toStatus']),
    );
    expect(Object.keys(schemas.ExtensionAllowanceResponse.properties).sort()).toEqual([
      'maxDays',
      'remaining',
      'unit',
    ]);
  });
});
