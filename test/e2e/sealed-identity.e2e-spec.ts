import { act, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const DENUNCIATOR = {
  fullName: 'Trần Thị Bích Ngọc',
  idNumber: '079190004321',
  phone: '0987654321',
  email: 'ngoc@example.vn',
  address: 'Số 7, đường Lê Lợi',
};

describe('sealed denunciator identity', () => {
  let t: TestApp;
  let reception: TestUser;
  let assigned: TestUser;
  let otherInspector: TestUser;
  let leader: TestUser;
  let outsideLeader: TestUser;
  let admin: TestUser;
  let caseId: string;
  let code: string;
  let pin: string;
  let ward: string;
  let elsewhere: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const city = (await t.createUnit({ level: 'district' })).id;
    ward = (await t.createUnit({ level: 'commune', parentId: city })).id;
    elsewhere = (await t.createUnit({ level: 'district' })).id;
    reception = await t.createUser('reception', ward);
    assigned = await t.createUser('inspector', ward);
    otherInspector = await t.createUser('inspector', ward);
    leader = await t.createUser('leader', city);
    outsideLeader = await t.createUser('leader', elsewhere);
    admin = await t.createUser('admin', null);
    const opened = await openCase(t, reception, {
      kind: 'denunciation',
      procedure: null,
      applicant: DENUNCIATOR,
      subject: 'Tố cáo cán bộ địa chính',
    });
    caseId = opened.id;
    code = opened.code;
    pin = opened.trackingPin;
    expect(opened).toMatchObject({ applicant: null, applicantSealed: true });
    await act(t, leader, caseId, 'assign', { assigneeId: assigned.id });
  });
  afterAll(() => t.close());

  const readers = () => [
    { name: 'leader of the unit tree', user: leader, sees: true },
    { name: 'assigned inspector', user: assigned, sees: true },
    { name: 'other inspector of the unit', user: otherInspector, sees: false },
    { name: 'reception officer who opened it', user: reception, sees: false },
    { name: 'admin', user: admin, sees: false },
  ];

  async function identityReads(user: TestUser): Promise<{ details: Record<string, unknown> }[]> {
    return t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'case.identity.read' AND entity_type = 'case'
         AND entity_id = $1 AND actor_id = $2 ORDER BY id`,
      [caseId, user.id],
    );
  }

  it('shows the identity in no single read, for any role, and writes no identity read', async () => {
    for (const { name, user } of readers()) {
      const res = await t
        .http()
        .get(`/cases/${caseId}`)
        .set(...bearer(user.token))
        .expect(200);
      expect({ name, applicant: res.body.applicant, sealed: res.body.applicantSealed }).toEqual({
        name,
        applicant: null,
        sealed: true,
      });
      expect(JSON.stringify(res.body)).not.toMatch(/Ngọc|079190004321|0987654321|ngoc@|Lê Lợi/);
      expect({ name, reads: await identityReads(user) }).toEqual({ name, reads: [] });
    }
    await t
      .http()
      .get(`/cases/${caseId}`)
      .set(...bearer(outsideLeader.token))
      .expect(404);
  });

  it('reveals the identity on purpose to leaders and the assigned inspector only, audited with the reason', async () => {
    for (const { name, user, sees } of readers()) {
      const reason = `Xác minh nội dung tố cáo (${name})`;
      const res = await t
        .http()
        .get(`/cases/${caseId}/identity?reason=${encodeURIComponent(reason)}`)
        .set(...bearer(user.token));
      expect({ name, status: res.status }).toEqual({ name, status: sees ? 200 : 403 });
      if (sees) {
        expect(res.body).toEqual({ applicant: DENUNCIATOR });
      } else {
        expect(JSON.stringify(res.body)).not.toMatch(/Ngọc|079190004321/);
      }
      const reads = await identityReads(user);
      expect({ name, reads: reads.map((r) => r.details.reason) }).toEqual({
        name,
        reads: sees ? [reason] : [],
      });
    }
    const outside = await t
      .http()
      .get(`/cases/${caseId}/identity`)
      .set(...bearer(outsideLeader.token));
    expect(outside.status).toBe(404);
    // Without a reason: revealed and audited all the same.
    await t
      .http()
      .get(`/cases/${caseId}/identity`)
      .set(...bearer(leader.token))
      .expect(200);
    expect((await identityReads(leader)).at(-1)?.details).toEqual({ reason: null });
  });

  it('validates the reason of a reveal', async () => {
    const before = (await identityReads(leader)).length;
    for (const reason of ['x'.repeat(5001), 'ab\u0000c', 'ab\u001bc']) {
      const res = await t
        .http()
        .get(`/cases/${caseId}/identity?reason=${encodeURIComponent(reason)}`)
        .set(...bearer(leader.token));
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/reason/);
    }
    await t
      .http()
      .get(`/cases/${caseId}/identity?reason=${'x'.repeat(5000)}`)
      .set(...bearer(leader.token))
      .expect(200);
    expect((await identityReads(leader)).length).toBe(before + 1);
  });

  it('answers /identity of a case that is not sealed with the applicant of GET /cases/:id', async () => {
    const complaint = await openCase(t, reception, {});
    const read = await t
      .http()
      .get(`/cases/${complaint.id}`)
      .set(...bearer(reception.token))
      .expect(200);
    const identity = await t
      .http()
      .get(`/cases/${complaint.id}/identity`)
      .set(...bearer(reception.token))
      .expect(200);
    expect(identity.body).toEqual({ applicant: read.body.applicant });
    expect(identity.body.applicant.fullName).toBe('Nguyễn Văn An');
    await t
      .http()
      .get(`/cases/${complaint.id}/identity`)
      .set(...bearer(outsideLeader.token))
      .expect(404);
  });

  it('seals lists, search results, action responses and the timeline alike', async () => {
    for (const { name, user, sees } of readers()) {
      const list = await t
        .http()
        .get('/cases?kind=denunciation')
        .set(...bearer(user.token))
        .expect(200);
      const item = list.body.items.find((i: { id: string }) => i.id === caseId);
      expect({ name, listed: Boolean(item), applicant: item?.applicant }).toEqual({
        name,
        listed: true,
        applicant: null,
      });
      expect(JSON.stringify(list.body)).not.toMatch(/Ngọc|079190004321/);
      for (const q of ['Bích Ngọc', 'bich ngoc', 'TRAN THI']) {
        const search = await t
          .http()
          .get(`/cases?q=${encodeURIComponent(q)}`)
          .set(...bearer(user.token))
          .expect(200);
        const ids = search.body.items.map((i: { id: string }) => i.id);
        // Those who may reveal it find it by name (with no name in the answer); for the others, nothing.
        expect({ name, q, found: ids.includes(caseId), total: search.body.total }).toEqual({
          name,
          q,
          found: sees,
          total: sees ? 1 : 0,
        });
        expect(JSON.stringify(search.body)).not.toMatch(/Ngọc|079190004321/);
      }
      const byIdNumber = await t
        .http()
        .get(`/cases?q=${DENUNCIATOR.idNumber}`)
        .set(...bearer(user.token))
        .expect(200);
      expect({ name, total: byIdNumber.body.total }).toEqual({ name, total: 0 });
      const events = await t
        .http()
        .get(`/cases/${caseId}/events`)
        .set(...bearer(user.token));
      expect(JSON.stringify(events.body)).not.toMatch(/Ngọc|079190004321|0987654321|Lê Lợi/);
    }
    const acted = await act(t, otherInspector, caseId, 'accept', {});
    expect(acted.applicant).toBeNull();
    const byLeader = await act(t, leader, caseId, 'extend', { reason: 'x' }, 422);
    expect(JSON.stringify(byLeader)).not.toMatch(/Ngọc/);
    const extended = await act(t, assigned, caseId, 'suspend', { reason: 'Chờ giám định' });
    expect(extended.applicant).toBeNull();
    await act(t, leader, caseId, 'resume', {});
  });

  it('hints at a sealed duplicate only to those who may reveal it, and at no case the caller may not read', async () => {
    const otherWard = (await t.createUnit({ level: 'commune', parentId: elsewhere })).id;
    const otherWardReception = await t.createUser('reception', otherWard);
    const hints = async (user: TestUser, unitId?: string): Promise<string[]> => {
      const opened = await openCase(t, user, {
        kind: 'denunciation',
        procedure: null,
        applicant: { fullName: 'Ai đó', idNumber: DENUNCIATOR.idNumber },
        subject: 'Tố cáo khác',
        ...(unitId ? { unitId } : {}),
      });
      return opened.possibleDuplicates.map((d: { code: string }) => d.code);
    };
    // The reception officer of another ward, the officer who opened it, another inspector and the admin learn
    // nothing; the leader of its tree and the assigned inspector are told of it.
    expect(await hints(otherWardReception)).toEqual([]);
    expect(await hints(reception)).toEqual([]);
    expect(await hints(otherInspector)).toEqual([]);
    expect(await hints(admin, ward)).toEqual([]);
    expect(await hints(assigned)).toContain(code);
    expect(await hints(leader)).toContain(code);
    // Nor does a case that is not sealed but out of the caller's scope appear.
    const idNumber = '079190007654';
    const complaint = await openCase(t, leader, { applicant: { fullName: 'Lê Văn Một', idNumber } });
    const again = await openCase(t, otherWardReception, { applicant: { fullName: 'Lê Văn Một', idNumber } });
    expect(again.possibleDuplicates).toEqual([]);
    const byLeader = await openCase(t, leader, { applicant: { fullName: 'Lê Văn Một', idNumber } });
    expect(byLeader.possibleDuplicates.map((d: { id: string }) => d.id)).toContain(complaint.id);
  });

  it('describes both reveals in the OpenAPI document', async () => {
    const doc = await t.http().get('/docs-json').expect(200);
    for (const path of ['/cases/{id}/identity', '/receptions/{id}/identity']) {
      const get = doc.body.paths[path]?.get;
      expect({ path, responses: Object.keys(get?.responses ?? {}).sort() }).toEqual({
        path,
        responses: ['200', '403', '404'],
      });
      expect(get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['id', 'reason']);
    }
    const caseSchema =
      doc.body.paths['/cases/{id}/identity'].get.responses['200'].content['application/json'];
    expect(JSON.stringify(caseSchema)).toMatch(/CaseIdentityDto/);
    expect(doc.body.components.schemas.CaseIdentityDto.properties).toHaveProperty('applicant');
    expect(doc.body.components.schemas.ReceptionIdentityDto.properties).toHaveProperty('representatives');
  });

  it('still finds the case by subject for everyone who may see it', async () => {
    const res = await t
      .http()
      .get('/cases?q=dia chinh')
      .set(...bearer(otherInspector.token))
      .expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toContain(caseId);
  });

  it('never stores the name, ID number or contacts in clear', async () => {
    const rows = await t.dataSource.query(
      `SELECT row_to_json(c)::text AS row FROM citizen_case c WHERE id = $1`,
      [caseId],
    );
    expect(rows[0].row).not.toMatch(/Ngọc|Ngoc|ngoc|079190004321|0987654321|ngoc@example|Lê Lợi|le loi/i);
    const others = await t.dataSource.query(
      `SELECT (SELECT string_agg(row_to_json(e)::text, '') FROM case_event e) || (SELECT string_agg(row_to_json(a)::text, '') FROM audit_log a) AS all`,
    );
    expect(others[0].all).not.toMatch(/Ngọc|079190004321|0987654321/);
  });

  it('answers the citizen lookup with nothing personal; a wrong pin looks like an unknown code', async () => {
    const ok = await t.http().get(`/public/cases/${code}?pin=${pin}`).expect(200);
    expect(Object.keys(ok.body).sort()).toEqual([
      'code',
      'dueDate',
      'kind',
      'receivedAt',
      'resolvedAt',
      'status',
    ]);
    const wrongPin = await t
      .http()
      .get(`/public/cases/${code}?pin=${pin === '000000' ? '111111' : '000000'}`)
      .expect(404);
    const unknown = await t.http().get(`/public/cases/TC-1999-000001?pin=${pin}`).expect(404);
    expect(wrongPin.body).toEqual(unknown.body);
    await t.http().get(`/public/cases/${code}?pin=12`).expect(400);
  });

  it('lets only a leader assign a sealed case, and only to someone of its units', async () => {
    const res = await t
      .http()
      .post(`/cases/${caseId}/actions/assign`)
      .set(...bearer(otherInspector.token))
      .send({ assigneeId: otherInspector.id });
    expect(res.status).toBe(403);
    const outsider = await t.createUser('inspector', (await t.createUnit({ level: 'district' })).id);
    await act(t, leader, caseId, 'assign', { assigneeId: outsider.id }, 400);
    const after = await t
      .http()
      .get(`/cases/${caseId}`)
      .set(...bearer(otherInspector.token))
      .expect(200);
    expect(after.body).toMatchObject({ applicant: null, assigneeId: assigned.id });
  });

  it('hides the case from clerks altogether', async () => {
    const clerk = await t.createUser(
      'clerk',
      (
        await t
          .http()
          .get(`/cases/${caseId}`)
          .set(...bearer(leader.token))
      ).body.unitId,
    );
    await t
      .http()
      .get(`/cases/${caseId}`)
      .set(...bearer(clerk.token))
      .expect(404);
    const list = await t
      .http()
      .get('/cases')
      .set(...bearer(clerk.token))
      .expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(caseId);
  });

  it('keeps a sealed visit identity out of a non-denunciation case opened from it', async () => {
    const visit = await t
      .http()
      .post('/receptions')
      .set(...bearer(reception.token))
      .send({
        visitedAt: '2024-03-12T08:15:00+07:00',
        visitorCount: 1,
        representatives: [{ fullName: DENUNCIATOR.fullName, idNumber: DENUNCIATOR.idNumber }],
        category: 'denunciation',
        subject: 'Tố cáo',
        content: 'Nội dung',
        hostedBy: 'desk',
        outcome: 'guided',
      })
      .expect(201);
    const refused = await t
      .http()
      .post(`/receptions/${visit.body.id}/cases`)
      .set(...bearer(reception.token))
      .send({ kind: 'complaint', subject: 'x', content: 'y' })
      .expect(400);
    expect(JSON.stringify(refused.body)).not.toMatch(/Ngọc|079190004321/);
    const opened = await t
      .http()
      .post(`/receptions/${visit.body.id}/cases`)
      .set(...bearer(reception.token))
      .send({ kind: 'denunciation', subject: 'x', content: 'y' })
      .expect(201);
    expect(opened.body).toMatchObject({ applicant: null, applicantSealed: true });
  });

  it('refuses an empty applicant and an unknown or sealing-bypassing receptionId on POST /cases', async () => {
    const base = { kind: 'complaint', channel: 'in_person', subject: 's', content: 'c' };
    await t
      .http()
      .post('/cases')
      .set(...bearer(reception.token))
      .send({ ...base, applicant: [] })
      .expect(400);
    await t
      .http()
      .post('/cases')
      .set(...bearer(reception.token))
      .send({ ...base, applicant: { fullName: 'A' }, receptionId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
  });

  it('rate-limits the lookup to 30 a minute per client address', async () => {
    let limited: { status: number; headers: Record<string, string> } | undefined;
    for (let i = 0; i < 35 && !limited; i += 1) {
      const res = await t
        .http()
        .get(`/public/cases/${code}?pin=${pin}`)
        .set('X-Forwarded-For', '203.0.113.9');
      if (res.status === 429) {
        limited = res;
      }
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not limited.
    await t.http().get(`/public/cases/${code}?pin=${pin}`).set('X-Forwarded-For', '203.0.113.10').expect(200);
  });
});
