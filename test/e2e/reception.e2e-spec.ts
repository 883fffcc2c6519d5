import { act } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const AN = {
  fullName: 'Nguyễn Văn An',
  idNumber: '051090001234',
  address: 'Tổ 5, phường 1',
  phone: '0912345678',
};

function visitBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    visitedAt: '2024-03-12T08:15:00+07:00',
    visitorCount: 1,
    representatives: [AN],
    category: 'complaint',
    subject: 'Khiếu nại việc thu hồi đất',
    content: 'Công dân trình bày việc thu hồi đất năm 2020',
    hostedBy: 'desk',
    outcome: 'guided',
    ...fields,
  };
}

describe('citizen reception log', () => {
  let t: TestApp;
  let districtId: string;
  let communeId: string;
  let reception: TestUser;
  let inspector: TestUser;
  let otherInspector: TestUser;
  let leader: TestUser;
  let communeLeader: TestUser;
  let admin: [string, string];

  beforeAll(async () => {
    t = await TestApp.start();
    districtId = (await t.createUnit({ level: 'district' })).id;
    communeId = (await t.createUnit({ level: 'commune', parentId: districtId })).id;
    reception = await t.createUser('reception', districtId);
    inspector = await t.createUser('inspector', districtId);
    otherInspector = await t.createUser('inspector', districtId);
    leader = await t.createUser('leader', districtId);
    communeLeader = await t.createUser('leader', communeId);
    admin = bearer(t.adminToken);
  });
  afterAll(() => t.close());

  async function logVisit(user: TestUser, fields: Record<string, unknown> = {}): Promise<any> {
    const res = await t
      .http()
      .post('/receptions')
      .set(...bearer(user.token))
      .send(visitBody(fields));
    if (res.status !== 201) {
      throw new Error(`log visit failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  async function read(user: TestUser | [string, string], id: string): Promise<any> {
    const auth = Array.isArray(user) ? user : bearer(user.token);
    const res = await t
      .http()
      .get(`/receptions/${id}`)
      .set(...auth)
      .expect(200);
    return res.body;
  }

  async function count(): Promise<number> {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM reception');
    return n;
  }

  it('logs a single visit at the desk with the register fields', async () => {
    const visit = await logVisit(reception, { previousHandling: 'UBND xã đã trả lời', note: 'Hẹn lại' });
    expect(visit).toMatchObject({
      visitedAt: '2024-03-12T01:15:00.000Z',
      visitDate: '2024-03-12',
      visitorCount: 1,
      groupVisit: false,
      representatives: [AN],
      representativesSealed: false,
      category: 'complaint',
      hostedBy: 'desk',
      leaderId: null,
      delegated: false,
      unitId: districtId,
      outcome: 'guided',
      refusalGround: null,
      previousHandling: 'UBND xã đã trả lời',
      note: 'Hẹn lại',
      replyDueDate: null,
      awaitingReply: false,
      caseIds: [],
      createdBy: reception.id,
    });
    expect(await read(leader, visit.id)).toEqual(visit);
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'reception.create'`,
      [visit.id],
    );
    expect(audit[0].n).toBe(1);
  });

  it('logs group visits within the representative rules of Luật TCD Art. 29', async () => {
    const reps = (n: number): unknown[] =>
      Array.from({ length: n }, (_, i) => ({ fullName: `Đại diện ${i + 1}` }));
    const big = await logVisit(reception, {
      visitorCount: 12,
      representatives: reps(5),
      outcome: 'answered',
    });
    expect(big).toMatchObject({ visitorCount: 12, groupVisit: true });
    expect(big.representatives).toHaveLength(5);
    const small = await logVisit(reception, { visitorCount: 7, representatives: reps(2) });
    expect(small).toMatchObject({ visitorCount: 7, groupVisit: true });
    const four = await logVisit(reception, { visitorCount: 4, representatives: reps(4) });
    expect(four.groupVisit).toBe(false);

    const before = await count();
    const refused: [number, number, RegExp][] = [
      [12, 6, /more than 10 visitors appoints 1 to 5/],
      [7, 3, /5 to 10 visitors appoints 1 or 2/],
      [10, 0, /0 given/],
      [3, 4, /1 to 3/],
      [1, 0, /0 given/],
    ];
    for (const [visitorCount, n, message] of refused) {
      const res = await t
        .http()
        .post('/receptions')
        .set(...bearer(reception.token))
        .send(visitBody({ visitorCount, representatives: reps(n) }));
      expect({ visitorCount, n, status: res.status }).toEqual({ visitorCount, n, status: 400 });
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    expect(await count()).toBe(before);
  });

  it('answers bad input with 400 naming the problem, and stores nothing', async () => {
    const before = await count();
    const auditBefore = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'reception.create'`,
    );
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ visitorCount: 0 }, /visitorCount must be at least 1/],
      [{ visitorCount: -3 }, /visitorCount/],
      [{ hostedBy: 'leader' }, /leaderId is required/],
      [{ hostedBy: 'leader', leaderId: null }, /leaderId is required/],
      [{ hostedBy: 'leader', leaderId: inspector.id }, /not an active leader/],
      [{ hostedBy: 'desk', leaderId: leader.id }, /leaderId must be absent/],
      [{ category: 'gossip' }, /category/],
      [{ visitedAt: '2099-01-01T08:00:00+07:00' }, /future/],
      [{ visitedAt: '2024-03-12T08:15:00' }, /offset|visitedAt/],
      [{ outcome: 'refused' }, /refusalGround is required/],
      [{ outcome: 'guided', refusalGround: 'threatening_or_insulting' }, /refusalGround must be absent/],
      [{ outcome: 'refused', refusalGround: 'bad_mood' }, /refusalGround/],
      [{ subject: '   ' }, /subject/],
      [{ representatives: [{ ...AN, idNumber: '12345' }] }, /idNumber/],
      [{ hacker: true }, /hacker/],
    ];
    for (const [fields, message] of cases) {
      const res = await t
        .http()
        .post('/receptions')
        .set(...bearer(reception.token))
        .send(visitBody(fields));
      expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    // A ground of NĐ 154/2026 before it took effect: a rule of the law refuses it.
    await t
      .http()
      .post('/receptions')
      .set(...bearer(reception.token))
      .send(visitBody({ outcome: 'refused', refusalGround: 'carrying_weapons' }))
      .expect(422);
    expect(await count()).toBe(before);
    const auditAfter = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'reception.create'`,
    );
    expect(auditAfter[0].n).toBe(auditBefore[0].n);
  });

  it('logs a refused reception with its ground', async () => {
    const visit = await logVisit(reception, {
      outcome: 'refused',
      refusalGround: 'threatening_or_insulting',
    });
    expect(visit).toMatchObject({
      outcome: 'refused',
      refusalGround: 'threatening_or_insulting',
      replyDueDate: null,
    });
    await t
      .http()
      .post(`/receptions/${visit.id}/cases`)
      .set(...bearer(reception.token))
      .send({ kind: 'complaint', procedure: 'first_instance', subject: 's', content: 'c' })
      .expect(409);
  });

  it('owes a reply 10 working days after the visit, skipping Tết 2024', async () => {
    const visit = await logVisit(reception, {
      visitedAt: '2024-02-07T09:00:00+07:00',
      outcome: 'transferred',
      subject: 'Đơn chuyển Tết',
    });
    expect(visit).toMatchObject({ visitDate: '2024-02-07', replyDueDate: '2024-02-28', awaitingReply: true });
    const awaiting = await t
      .http()
      .get('/receptions?awaitingReply=true&limit=200')
      .set(...bearer(reception.token))
      .expect(200);
    expect(awaiting.body.items.map((v: { id: string }) => v.id)).toContain(visit.id);
    expect(awaiting.body.items.every((v: { awaitingReply: boolean }) => v.awaitingReply)).toBe(true);
    const replied = await t
      .http()
      .post(`/receptions/${visit.id}/reply`)
      .set(...bearer(reception.token))
      .send({ repliedAt: '2024-02-20T10:00:00+07:00', note: 'Đã thông báo chuyển đơn' })
      .expect(201);
    expect(replied.body).toMatchObject({ awaitingReply: false, replyDueDate: '2024-02-28' });
    const after = await t
      .http()
      .get('/receptions?awaitingReply=true&limit=200')
      .set(...bearer(reception.token))
      .expect(200);
    expect(after.body.items.map((v: { id: string }) => v.id)).not.toContain(visit.id);
    await t
      .http()
      .post(`/receptions/${visit.id}/reply`)
      .set(...bearer(reception.token))
      .send({})
      .expect(409);
  });

  it('opens a case from a visit with the first representative as applicant, linked both ways', async () => {
    const second = { fullName: 'Lê Thị Hoa', idNumber: '051090009999' };
    const visit = await logVisit(reception, {
      visitedAt: '2024-02-07T10:00:00+07:00',
      visitorCount: 2,
      representatives: [AN, second],
    });
    const res = await t
      .http()
      .post(`/receptions/${visit.id}/cases`)
      .set(...bearer(reception.token))
      .send({ kind: 'complaint', procedure: 'first_instance', subject: 'Khiếu nại', content: 'Nội dung' })
      .expect(201);
    expect(res.body).toMatchObject({
      kind: 'complaint',
      channel: 'in_person',
      receptionId: visit.id,
      receivedAt: '2024-02-07T03:00:00.000Z',
      unitId: districtId,
      applicant: { ...AN, email: null },
      applicantSealed: false,
    });
    expect(res.body.trackingPin).toMatch(/^\d{6}$/);
    const linked = await read(reception, visit.id);
    expect(linked).toMatchObject({
      outcome: 'case_opened',
      caseIds: [res.body.id],
      replyDueDate: '2024-02-28',
      representatives: [AN, { ...second, address: null, phone: null }],
    });
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY id`,
      [visit.id, res.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'reception.create',
      'case.create',
      'reception.case_open',
    ]);
    // A second case (another content of the visit) with its own applicant.
    const other = await t
      .http()
      .post(`/receptions/${visit.id}/cases`)
      .set(...bearer(reception.token))
      .send({
        kind: 'petition',
        procedure: 'recommendation',
        subject: 'Kiến nghị',
        content: 'Nội dung',
        applicant: { fullName: 'Lê Thị Hoa' },
      })
      .expect(201);
    expect(other.body.applicant).toMatchObject({ fullName: 'Lê Thị Hoa' });
    expect((await read(reception, visit.id)).caseIds).toEqual([res.body.id, other.body.id]);
  });

  async function reveal(user: TestUser | [string, string], id: string, reason?: string): Promise<any> {
    const auth = Array.isArray(user) ? user : bearer(user.token);
    const query = reason === undefined ? '' : `?reason=${encodeURIComponent(reason)}`;
    return t
      .http()
      .get(`/receptions/${id}/identity${query}`)
      .set(...auth);
  }

  for (const category of ['mixed', 'complaint', 'petition'] as const) {
    it(`seals a ${category} visit when a denunciation case is opened from it, and hides its links`, async () => {
      const denouncer = { fullName: 'Phạm Văn Mật', idNumber: '051090007777', phone: '0987654321' };
      const visit = await logVisit(reception, { representatives: [denouncer], category });
      expect(visit.representatives).toEqual([{ ...denouncer, address: null }]);
      // A complaint of the same visitor first (in clear), then the denunciation.
      const complaint = await t
        .http()
        .post(`/receptions/${visit.id}/cases`)
        .set(...bearer(reception.token))
        .send({ kind: 'complaint', subject: 'Khiếu nại', content: 'Nội dung' })
        .expect(201);
      expect(complaint.body.receptionId).toBe(visit.id);
      const res = await t
        .http()
        .post(`/receptions/${visit.id}/cases`)
        .set(...bearer(reception.token))
        .send({ kind: 'denunciation', subject: 'Tố cáo cán bộ', content: 'Nội dung tố cáo' })
        .expect(201);
      expect(res.body).toMatchObject({ applicant: null, applicantSealed: true, receptionId: visit.id });

      // Nobody reads the representatives in a response; only those who may reveal them see the links.
      for (const reader of [reception, otherInspector, admin, inspector] as const) {
        const seen = await read(reader, visit.id);
        expect(seen).toMatchObject({ representatives: [], representativesSealed: true, caseIds: [] });
        expect(JSON.stringify(seen)).not.toMatch(/Mật|051090007777|0987654321/);
        const listed = await t
          .http()
          .get(`/receptions?limit=200`)
          .set(...(Array.isArray(reader) ? reader : bearer(reader.token)))
          .expect(200);
        const item = listed.body.items.find((v: { id: string }) => v.id === visit.id);
        expect(item).toMatchObject({ representatives: [], caseIds: [] });
        expect((await reveal(reader, visit.id)).status).toBe(403);
        // Nor does the complaint, whose applicant is in clear, lead to the sealed visit.
        const c = await t
          .http()
          .get(`/cases/${complaint.body.id}`)
          .set(...(Array.isArray(reader) ? reader : bearer(reader.token)))
          .expect(200);
        expect(c.body).toMatchObject({ applicant: { fullName: denouncer.fullName }, receptionId: null });
      }
      const complaintByLeader = await t
        .http()
        .get(`/cases/${complaint.body.id}`)
        .set(...bearer(leader.token))
        .expect(200);
      expect(complaintByLeader.body.receptionId).toBe(visit.id);
      expect(await read(leader, visit.id)).toMatchObject({
        representatives: [],
        representativesSealed: true,
        caseIds: [complaint.body.id, res.body.id],
      });
      const revealed = await reveal(leader, visit.id, 'Xác minh');
      expect(revealed.status).toBe(200);
      expect(revealed.body).toEqual({ representatives: [{ ...denouncer, address: null }] });

      // Once assigned the denunciation, the inspector may reveal it and sees the link.
      await act(t, leader, res.body.id, 'assign', { assigneeId: inspector.id });
      expect((await read(inspector, visit.id)).caseIds).toEqual([complaint.body.id, res.body.id]);
      expect((await reveal(inspector, visit.id)).body).toEqual({
        representatives: [{ ...denouncer, address: null }],
      });
      const raw = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM reception r WHERE r.id = $1
           AND (r::text LIKE '%Mật%' OR r::text LIKE '%pham van%' OR r::text LIKE '%051090007777%')`,
        [visit.id],
      );
      expect(raw[0].n).toBe(0);
      const row = await t.dataSource.query(
        'SELECT representatives, search_text FROM reception WHERE id = $1',
        [visit.id],
      );
      expect(row).toEqual([{ representatives: null, search_text: '' }]);
      const reads = await t.dataSource.query(
        `SELECT actor_id, details FROM audit_log WHERE entity_type = 'reception' AND entity_id = $1
           AND action = 'reception.identity.read' ORDER BY id`,
        [visit.id],
      );
      expect(reads).toEqual([
        { actor_id: leader.id, details: { reason: 'Xác minh' } },
        { actor_id: inspector.id, details: { reason: null } },
      ]);
    });
  }

  it('stores a denunciation visit sealed from the start, revealed only on purpose', async () => {
    const denouncer = { fullName: 'Võ Thị Kín', idNumber: '051090005555' };
    const visit = await logVisit(reception, { category: 'denunciation', representatives: [denouncer] });
    expect(visit).toMatchObject({ representatives: [], representativesSealed: true });
    expect((await read(admin, visit.id)).representatives).toEqual([]);
    expect((await read(leader, visit.id)).representatives).toEqual([]);
    expect((await reveal(admin, visit.id)).status).toBe(403);
    expect((await reveal(communeLeader, visit.id)).status).toBe(404);
    expect((await reveal(leader, visit.id, 'x'.repeat(5001))).status).toBe(400);
    expect((await reveal(leader, visit.id)).body).toEqual({
      representatives: [{ ...denouncer, address: null, phone: null }],
    });
    const raw = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reception r WHERE r.id = $1
         AND (r::text LIKE '%Kín%' OR r::text LIKE '%vo thi%' OR r::text LIKE '%051090005555%')`,
      [visit.id],
    );
    expect(raw[0].n).toBe(0);
    // The case opened from it takes the sealed representative as its (sealed) applicant.
    const c = await t
      .http()
      .post(`/receptions/${visit.id}/cases`)
      .set(...bearer(reception.token))
      .send({ kind: 'denunciation', subject: 'Tố cáo', content: 'Nội dung' })
      .expect(201);
    expect(c.body).toMatchObject({ applicant: null, applicantSealed: true });
    const byLeader = await t
      .http()
      .get(`/cases/${c.body.id}/identity`)
      .set(...bearer(leader.token))
      .expect(200);
    expect(byLeader.body.applicant).toMatchObject(denouncer);
  });

  it('answers /identity of a visit that is not sealed with its representatives', async () => {
    const visit = await logVisit(reception);
    const res = await reveal(reception, visit.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ representatives: visit.representatives });
  });

  it('flags a repeat visit only from earlier visits the reader may read, sealed ones only for who may reveal them', async () => {
    const unit = (await t.createUnit({ level: 'commune', parentId: districtId })).id;
    const desk = await t.createUser('reception', unit);
    const person = { fullName: 'Hồ Văn Lặp', idNumber: '051090006666' };
    await logVisit(desk, {
      unitId: unit,
      visitedAt: '2024-03-04T08:00:00+07:00',
      category: 'denunciation',
      representatives: [person],
    });
    const later = await logVisit(desk, {
      unitId: unit,
      visitedAt: '2024-03-05T08:00:00+07:00',
      representatives: [person],
    });
    expect(later.repeatVisit).toBe(false);
    expect((await read(desk, later.id)).repeatVisit).toBe(false);
    expect((await read(admin, later.id)).repeatVisit).toBe(false);
    expect((await read(inspector, later.id)).repeatVisit).toBe(false);
    expect((await read(leader, later.id)).repeatVisit).toBe(true);
    // Nor do the reports count it (the admin may not reveal the sealed visit).
    const report = await t
      .http()
      .get(`/reports/reception?from=2024-03-05&to=2024-03-05&unitId=${unit}`)
      .set(...admin)
      .expect(200);
    expect(report.body).toMatchObject({ visits: 1, firstVisits: 1, repeatVisits: 0 });
    // An earlier visit that is not sealed makes a repeat visit for everyone; a declared flag is kept.
    const third = await logVisit(desk, {
      unitId: unit,
      visitedAt: '2024-03-06T08:00:00+07:00',
      representatives: [person],
    });
    expect((await read(desk, third.id)).repeatVisit).toBe(true);
    const declared = await logVisit(desk, {
      unitId: unit,
      visitedAt: '2024-03-07T08:00:00+07:00',
      representatives: [person],
      repeatVisit: false,
    });
    expect((await read(leader, declared.id)).repeatVisit).toBe(false);
    // A sealed visit tells those who may not reveal it nothing of its visitors' earlier visits.
    const sealedLater = await logVisit(desk, {
      unitId: unit,
      visitedAt: '2024-03-08T08:00:00+07:00',
      category: 'denunciation',
      representatives: [person],
    });
    expect(sealedLater.repeatVisit).toBe(false);
    expect((await read(admin, sealedLater.id)).repeatVisit).toBe(false);
    expect((await read(leader, sealedLater.id)).repeatVisit).toBe(true);
  });

  it('takes a hosting leader only from the visit unit or the units above it', async () => {
    const otherDistrict = (await t.createUnit({ level: 'district' })).id;
    const outsider = await t.createUser('leader', otherDistrict);
    const refused = await t
      .http()
      .post('/receptions')
      .set(...bearer(reception.token))
      .send(visitBody({ hostedBy: 'leader', leaderId: outsider.id }))
      .expect(400);
    expect(JSON.stringify(refused.body.message)).toMatch(/leaderId/);
    // A leader of a sub-unit does not host a visit of the unit above.
    await t
      .http()
      .post('/receptions')
      .set(...bearer(reception.token))
      .send(visitBody({ hostedBy: 'leader', leaderId: communeLeader.id }))
      .expect(400);
    // (In January, away from the month whose reception days are counted below.)
    const at = '2024-01-10T08:00:00+07:00';
    const own = await logVisit(reception, { visitedAt: at, hostedBy: 'leader', leaderId: leader.id });
    expect(own.leaderId).toBe(leader.id);
    const ofCommune = await logVisit(reception, {
      visitedAt: at,
      unitId: communeId,
      hostedBy: 'leader',
      leaderId: leader.id,
    });
    expect(ofCommune).toMatchObject({ unitId: communeId, leaderId: leader.id });
  });

  it('searches visitors by name or ID number with or without diacritics', async () => {
    const bich = await logVisit(reception, {
      representatives: [{ fullName: 'Trần Thị Bích', idNumber: '051090003333' }],
    });
    const sealed = await logVisit(reception, {
      category: 'denunciation',
      representatives: [{ fullName: 'Đỗ Văn Giấu', idNumber: '051090004444' }],
    });
    const ids = async (user: TestUser, q: string): Promise<string[]> => {
      const res = await t
        .http()
        .get(`/receptions?q=${encodeURIComponent(q)}&limit=200`)
        .set(...bearer(user.token))
        .expect(200);
      return res.body.items.map((v: { id: string }) => v.id);
    };
    for (const q of ['Trần Thị Bích', 'tran thi bich', 'TRAN THI', 'bích', '051090003333']) {
      expect({ q, ids: await ids(reception, q) }).toEqual({ q, ids: [bich.id] });
    }
    expect(await ids(reception, 'Tran Thi Bach')).toEqual([]);
    // A sealed name: only through the blind index, and only for who may read it.
    expect(await ids(reception, 'Đỗ Văn Giấu')).toEqual([]);
    expect(await ids(reception, '051090004444')).toEqual([]);
    expect(await ids(leader, 'do van giau')).toEqual([sealed.id]);
    expect(await ids(leader, '051090004444')).toEqual([sealed.id]);
    const filtered = await t
      .http()
      .get('/receptions?category=denunciation&from=2024-03-12&to=2024-03-12&outcome=guided&hostedBy=desk')
      .set(...bearer(reception.token))
      .expect(200);
    expect(filtered.body.items.every((v: { category: string }) => v.category === 'denunciation')).toBe(true);
    expect(filtered.body.items.map((v: { id: string }) => v.id)).toContain(sealed.id);
    await t
      .http()
      .get('/receptions?limit=201')
      .set(...bearer(reception.token))
      .expect(400);
  });

  it('counts leaders’ reception days in a month against the quota of their unit level', async () => {
    const host = (user: TestUser, visitedAt: string, extra: Record<string, unknown> = {}): Promise<any> =>
      logVisit(reception, { hostedBy: 'leader', leaderId: user.id, visitedAt, ...extra });
    // District leader: 2 distinct days (two visits on 03-05, one late on 03-31 local time) -> quota 2 met.
    await host(leader, '2024-03-05T08:00:00+07:00');
    await host(leader, '2024-03-05T14:00:00+07:00');
    await host(leader, '2024-03-31T23:30:00+07:00');
    // 2024-03-01 00:30 in Vietnam is still February in UTC: it counts for March.
    await host(communeLeader, '2024-03-01T00:30:00+07:00', { unitId: communeId });
    // Delegated and out-of-month visits do not count.
    await host(communeLeader, '2024-03-12T08:00:00+07:00', { unitId: communeId, delegated: true });
    await host(communeLeader, '2024-02-29T23:00:00+07:00', { unitId: communeId });
    const res = await t
      .http()
      .get(`/receptions/leader-days?month=2024-03&unitId=${districtId}`)
      .set(...admin)
      .expect(200);
    expect(res.body.month).toBe('2024-03');
    const byId = new Map(res.body.leaders.map((l: { leaderId: string }) => [l.leaderId, l]));
    expect(byId.get(leader.id)).toMatchObject({
      unitId: districtId,
      daysHeld: 2,
      dates: ['2024-03-05', '2024-03-31'],
      quota: 2,
      met: true,
    });
    expect(byId.get(communeLeader.id)).toMatchObject({
      unitId: communeId,
      daysHeld: 1,
      dates: ['2024-03-01'],
      delegatedDates: ['2024-03-12'],
      quota: 4,
      met: false,
    });
    // A commune leader sees only the commune's tree.
    const own = await t
      .http()
      .get('/receptions/leader-days?month=2024-03')
      .set(...bearer(communeLeader.token))
      .expect(200);
    expect(own.body.leaders.map((l: { leaderId: string }) => l.leaderId)).toEqual([communeLeader.id]);
    await t
      .http()
      .get('/receptions/leader-days?month=2024-13')
      .set(...admin)
      .expect(400);
    await t
      .http()
      .get(`/receptions/leader-days?month=2024-03&unitId=${districtId}`)
      .set(...bearer(communeLeader.token))
      .expect(403);
  });

  it('keeps visits to their unit tree and to the roles of the register', async () => {
    const other = (await t.createUnit({ level: 'commune' })).id;
    const stranger = await t.createUser('reception', other);
    const visit = await logVisit(reception);
    await t
      .http()
      .get(`/receptions/${visit.id}`)
      .set(...bearer(stranger.token))
      .expect(404);
    const list = await t
      .http()
      .get('/receptions')
      .set(...bearer(stranger.token))
      .expect(200);
    expect(list.body).toMatchObject({ items: [], total: 0, page: 1, limit: 50 });
    const clerk = await t.createUser('clerk', districtId);
    await t
      .http()
      .post('/receptions')
      .set(...bearer(clerk.token))
      .send(visitBody())
      .expect(403);
    await t
      .http()
      .post('/receptions')
      .set(...bearer(stranger.token))
      .send(visitBody({ unitId: districtId }))
      .expect(403);
    await t
      .http()
      .get('/receptions/not-a-uuid')
      .set(...bearer(reception.token))
      .expect(400);
  });
});
