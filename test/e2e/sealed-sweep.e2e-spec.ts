import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../src/cases/domain/search-text.js';
import { SAMPLES, upload } from '../utils/attachments.js';
import { act, openCase } from '../utils/cases.js';
import { binary } from '../utils/http.js';
import { TestSmtpServer, waitFor } from '../utils/smtp.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';
import { startWorker } from '../utils/worker.js';

/**
 * API.md "Roles": no response carries a sealed identity, for any role, on any route. This file seeds sealed
 * records of every sort through the API (a denunciation with notes, corrections, actions and a named document;
 * a sealed visit; a mixed visit from which a denunciation is opened; mails of the reminder sweep), then calls
 * every GET route of the OpenAPI document with its parameters filled from the seeded ids, in the query
 * variants that reach them, as every role, and looks for the sealed values in each decoded answer (JSON, CSV,
 * XLSX cells, headers) and in each mail. Only the reveals (`/cases/:id/identity`, `/receptions/:id/identity`)
 * show them, to those allowed. A GET route the sweep cannot fill fails the test unless SKIPPED says why.
 */

const DENUNCIATOR = {
  fullName: 'Đặng Thị Ánh Nguyệt',
  idNumber: '079186012345',
  phone: '0903111222',
  email: 'anh.nguyet.dang@example.vn',
  address: 'Số 12 ngõ Hòa Bình, khu phố Tân Định',
};
/** The second representative of the sealed visit. */
const COMPANION = {
  fullName: 'Hồ Quốc Việt Trưởng',
  idNumber: '079190054321',
  phone: '0903444555',
  address: 'Căn hộ 7C chung cư Bến Thành',
};
/** Seen openly on an earlier visit, then with the denunciator on the visit that becomes sealed. */
const OPEN_VISITOR = { fullName: 'Phan Văn Công Khai', idNumber: '079200077777' };
/** Contact details corrected on the sealed case (PATCH). */
const CORRECTED = { phone: '0977123456', address: 'Nhà 5B hẻm Sông Hồng' };
const CASE_FILE = `Đơn tố cáo của ${DENUNCIATOR.fullName}.pdf`;
const VISIT_FILE = `Biên bản tiếp ${COMPANION.fullName}.pdf`;

/** Every sealed value, compared diacritics- and case-insensitively (so NFC, NFD and folded forms all count). */
const SECRETS = [
  DENUNCIATOR.fullName,
  'Ánh Nguyệt',
  DENUNCIATOR.idNumber,
  DENUNCIATOR.phone,
  DENUNCIATOR.email,
  DENUNCIATOR.address,
  COMPANION.fullName,
  COMPANION.idNumber,
  COMPANION.phone,
  COMPANION.address,
  OPEN_VISITOR.fullName,
  OPEN_VISITOR.idNumber,
  CORRECTED.phone,
  CORRECTED.address,
  CASE_FILE,
  VISIT_FILE,
].map((s) => ({ secret: s, folded: foldVietnamese(s) }));

function leaksIn(text: string): string[] {
  const folded = foldVietnamese(text);
  return SECRETS.filter((s) => folded.includes(s.folded)).map((s) => s.secret);
}

/**
 * GET routes the sweep does not call, each with the reason (route as in the OpenAPI document, or
 * `route?param` for one query parameter left at its default). Keep it short: a route listed here is unchecked.
 */
const SKIPPED: Record<string, string> = {
  // Every GET route of the document is filled and called. An entry looks like
  // '/things/{thingId}': 'why it cannot be called here, and where its sealing is tested instead',
  // A query parameter entry ('/route?name') skips only that parameter's generic filling.
  '/public/cases/{code}?pin': 'each code gets its own pin (and a wrong one) below, as `extra`',
};

const ROLES = [
  'admin',
  'leaderOfUnit',
  'leaderAbove',
  'leaderElsewhere',
  'assigned',
  'otherInspector',
  'reception',
  'clerk',
  'anonymous',
] as const;
type RoleName = (typeof ROLES)[number];

const DAY = 86_400_000;
/** A business date `days` ago in Asia/Ho_Chi_Minh (negative: ahead). */
function vnDate(days: number): string {
  return new Date(Date.now() - days * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
}
/** 09:00 in Asia/Ho_Chi_Minh, `days` (at least 1) ago. */
function vnMorning(days: number): string {
  return `${vnDate(days)}T09:00:00+07:00`;
}

interface Probe {
  role: RoleName;
  route: string;
  url: string;
  status: number;
  text: string;
}

/** Decoded text of an answer: JSON re-serialised, CSV as UTF-8, XLSX cells and sheet names, and headers. */
async function decode(
  headers: Record<string, string>,
  body: Buffer,
  mask: (v: unknown) => void,
): Promise<string> {
  const type = headers['content-type'] ?? '';
  let text: string;
  if (type.includes('json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    mask(parsed);
    text = JSON.stringify(parsed);
  } else if (type.includes('spreadsheetml')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const cells: string[] = [workbook.creator ?? '', workbook.title ?? '', workbook.subject ?? ''];
    workbook.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    });
    text = cells.join('\n');
  } else {
    text = body.toString('utf8');
  }
  let head = JSON.stringify(headers);
  try {
    head += decodeURIComponent(head);
  } catch {
    // a header with a lone % stays as it is
  }
  return `${head}\n${text}`;
}

/** A mail's text as a reader sees it: quoted-printable, base64 parts and encoded words decoded. */
function mailText(raw: string): string {
  const qp = (s: string): string =>
    s.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/gi, (run) =>
      Buffer.from(
        run
          .split('=')
          .slice(1)
          .map((h) => parseInt(h, 16)),
      ).toString('utf8'),
    );
  const base64 = raw
    .split(/\r?\n\r?\n/)
    .filter((block) => /^[A-Za-z0-9+/=\r\n]{16,}$/.test(block.trim()))
    .map((block) => Buffer.from(block.replace(/\s+/g, ''), 'base64').toString('utf8'));
  const words = raw.replace(/=\?[\w-]+\?([BQbq])\?([^?]*)\?=/g, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
  return [raw, qp(raw), words, ...base64].join('\n');
}

describe('sealed identities on every GET route, for every role, and in every mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: INestApplicationContext;
  const users = {} as Record<Exclude<RoleName, 'anonymous'>, TestUser>;
  const units = { city: '', ward: '', elsewhere: '' };
  /** Sealed denunciations: d1 (assigned, accepted, overdue), d2 (opened from the mixed visit), d3 (resolved). */
  const cases = { d1: {} as any, d2: {} as any, d3: {} as any, complaint: {} as any, fromVisit: {} as any };
  const visits = { sealed: '', mixed: '', later: '', earlier: '' };
  const attachments = { ofCase: '', ofVisit: '' };
  /**
   * Records that are not sealed and show the same people to their readers: the denunciator's own complaint, the
   * complaint opened from the mixed visit before it was sealed, the visits before and after it.
   */
  const shownIds = new Set<string>();
  /** Who may reveal each sealed record. */
  const revealers = new Map<string, Set<RoleName>>();
  const probes: Probe[] = [];
  /** The answers of the writes that built the sealed records (intake, actions, notes, uploads, visits). */
  const writes: unknown[] = [];
  const wrote = <T>(body: T): T => {
    writes.push(body);
    return body;
  };

  const send = (role: RoleName, url: string) => {
    const req = t.http().get(url).buffer(true).parse(binary);
    // The citizen lookup counts per client address: each role comes from its own.
    void req.set('X-Forwarded-For', `203.0.113.${ROLES.indexOf(role) + 1}`);
    return role === 'anonymous' ? req : req.set(...bearer(users[role].token));
  };

  /** The applicant and representatives of the records that are not sealed are theirs to show. */
  const mask = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(mask);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.id === 'string' && shownIds.has(record.id)) {
        delete record.applicant;
        delete record.representatives;
      }
      Object.values(record).forEach(mask);
    }
  };

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      REMINDER_SEND_WINDOW: 'always',
      MAIL_ATTEMPTS: '3',
      MAIL_BACKOFF_MS: '50',
      METRICS_TOKEN: 'metrics-token-for-the-sealed-sweep',
    });
    worker = await startWorker(t.config, () => new Date());
    units.city = (await t.createUnit({ level: 'district', name: 'UBND quận Một' })).id;
    units.ward = (await t.createUnit({ level: 'commune', parentId: units.city, name: 'UBND phường Hai' })).id;
    units.elsewhere = (await t.createUnit({ level: 'district', name: 'UBND quận Ba' })).id;
    const staff: [
      Exclude<RoleName, 'anonymous'>,
      'admin' | 'leader' | 'inspector' | 'reception' | 'clerk',
      string | null,
    ][] = [
      ['admin', 'admin', null],
      ['leaderOfUnit', 'leader', units.ward],
      ['leaderAbove', 'leader', units.city],
      ['leaderElsewhere', 'leader', units.elsewhere],
      ['assigned', 'inspector', units.ward],
      ['otherInspector', 'inspector', units.ward],
      ['reception', 'reception', units.ward],
      ['clerk', 'clerk', units.ward],
    ];
    for (const [name, role, unitId] of staff) {
      users[name] = await t.createUser(role, unitId, { email: `${name.toLowerCase()}@ubnd.test` });
    }
    const { leaderOfUnit, assigned, otherInspector, reception } = users;

    // The acknowledgement to the denunciator is refused once by a server that quotes the address.
    smtp.refuse(1, `5.2.1 <${DENUNCIATOR.email.toUpperCase()}>: mailbox busy`);
    cases.d1 = wrote(
      await openCase(t, reception, {
        kind: 'denunciation',
        procedure: null,
        applicant: DENUNCIATOR,
        receivedAt: vnMorning(95),
        subject: 'Tố cáo cán bộ địa chính phường',
        content: 'Cán bộ địa chính nhận tiền khi cấp giấy chứng nhận',
      }),
    );
    wrote(
      await act(t, leaderOfUnit, cases.d1.id, 'assign', {
        assigneeId: assigned.id,
        occurredAt: vnMorning(94),
      }),
    );
    wrote(await act(t, assigned, cases.d1.id, 'accept', { occurredAt: vnMorning(93) }));
    const note = await t
      .http()
      .post(`/cases/${cases.d1.id}/notes`)
      .set(...bearer(assigned.token))
      .send({ text: 'Đã làm việc với người bị tố cáo, chờ giải trình' })
      .expect(201);
    wrote(note.body);
    const { version } = (
      await t
        .http()
        .get(`/cases/${cases.d1.id}`)
        .set(...bearer(assigned.token))
        .expect(200)
    ).body;
    const corrected = await t
      .http()
      .patch(`/cases/${cases.d1.id}`)
      .set(...bearer(assigned.token))
      .send({ applicant: CORRECTED, version })
      .expect(200);
    wrote(corrected.body);
    const caseFile = await upload(t, assigned, `/cases/${cases.d1.id}/attachments`, SAMPLES.pdf, CASE_FILE, {
      kind: 'petition',
    });
    expect(caseFile.status).toBe(201);
    wrote(caseFile.body);
    attachments.ofCase = caseFile.body.id;

    const visit = (fields: Record<string, unknown>) =>
      t
        .http()
        .post('/receptions')
        .set(...bearer(reception.token))
        .send({
          visitorCount: 1,
          subject: 'Phản ánh việc cấp giấy chứng nhận',
          content: 'Công dân trình bày',
          hostedBy: 'desk',
          outcome: 'guided',
          ...fields,
        })
        .expect(201)
        // A visit that is sealed from the start (the others show their visitors until they are sealed).
        .then((res) => (fields.category === 'denunciation' ? wrote(res.body) : res.body).id as string);
    visits.sealed = await visit({
      visitedAt: vnMorning(80),
      visitorCount: 2,
      representatives: [
        {
          fullName: DENUNCIATOR.fullName,
          idNumber: DENUNCIATOR.idNumber,
          phone: DENUNCIATOR.phone,
          address: DENUNCIATOR.address,
        },
        COMPANION,
      ],
      category: 'denunciation',
      hostedBy: 'leader',
      leaderId: leaderOfUnit.id,
    });
    const visitFile = await upload(
      t,
      reception,
      `/receptions/${visits.sealed}/attachments`,
      SAMPLES.pdf,
      VISIT_FILE,
      { kind: 'petition' },
    );
    expect(visitFile.status).toBe(201);
    wrote(visitFile.body);
    attachments.ofVisit = visitFile.body.id;
    // A visitor seen openly first, who comes back with the denunciator in a mixed visit.
    visits.earlier = await visit({
      visitedAt: vnMorning(90),
      representatives: [OPEN_VISITOR],
      category: 'complaint',
    });
    visits.mixed = await visit({
      visitedAt: vnMorning(70),
      visitorCount: 2,
      representatives: [{ fullName: DENUNCIATOR.fullName, idNumber: DENUNCIATOR.idNumber }, OPEN_VISITOR],
      category: 'mixed',
      outcome: 'case_opened',
    });
    // A later visit with the denunciator's ID number, logged while the mixed visit is not sealed yet.
    visits.later = await visit({
      visitedAt: vnMorning(5),
      representatives: [{ fullName: 'Lê Văn Khác', idNumber: DENUNCIATOR.idNumber }],
      category: 'complaint',
    });
    // From the mixed visit, a complaint first (its applicant, the first representative, is not sealed), then a
    // denunciation, which seals the visit.
    const openFrom = async (body: Record<string, unknown>) =>
      (
        await t
          .http()
          .post(`/receptions/${visits.mixed}/cases`)
          .set(...bearer(reception.token))
          .send({ content: 'Nội dung', ...body })
          .expect(201)
      ).body;
    cases.fromVisit = await openFrom({ kind: 'complaint', subject: 'Khiếu nại quyết định xử phạt' });
    cases.d2 = wrote(await openFrom({ kind: 'denunciation', subject: 'Tố cáo việc thu tiền sai quy định' }));
    wrote(await act(t, leaderOfUnit, cases.d2.id, 'assign', { assigneeId: assigned.id }));
    cases.d3 = wrote(
      await openCase(t, reception, {
        kind: 'denunciation',
        procedure: null,
        applicant: { fullName: DENUNCIATOR.fullName, idNumber: DENUNCIATOR.idNumber },
        receivedAt: vnMorning(50),
        subject: 'Tố cáo việc lấn chiếm vỉa hè',
      }),
    );
    wrote(
      await act(t, leaderOfUnit, cases.d3.id, 'assign', {
        assigneeId: assigned.id,
        occurredAt: vnMorning(49),
      }),
    );
    wrote(await act(t, assigned, cases.d3.id, 'accept', { occurredAt: vnMorning(48) }));
    wrote(
      await act(t, assigned, cases.d3.id, 'resolve', {
        outcome: 'not_upheld',
        summary: 'Không có cơ sở',
        occurredAt: vnMorning(20),
      }),
    );
    // The same person's complaint and a later visit with the same ID number: not sealed, shown to their readers.
    cases.complaint = await openCase(t, reception, {
      applicant: { fullName: DENUNCIATOR.fullName, idNumber: DENUNCIATOR.idNumber },
      receivedAt: vnMorning(60),
    });
    await act(t, leaderOfUnit, cases.complaint.id, 'assign', {
      assigneeId: otherInspector.id,
      occurredAt: vnMorning(59),
    });
    await act(t, otherInspector, cases.complaint.id, 'accept', { occurredAt: vnMorning(58) });
    for (const id of [cases.complaint.id, cases.fromVisit.id, visits.later, visits.earlier]) {
      shownIds.add(id);
    }

    const leaders: RoleName[] = ['leaderOfUnit', 'leaderAbove'];
    revealers.set(cases.d1.id, new Set([...leaders, 'assigned']));
    revealers.set(cases.d2.id, new Set([...leaders, 'assigned']));
    revealers.set(cases.d3.id, new Set([...leaders, 'assigned']));
    revealers.set(visits.sealed, new Set(leaders));
    revealers.set(visits.mixed, new Set([...leaders, 'assigned']));

    // Audit rows of reveals and of a sealed document read.
    await send('leaderAbove', `/cases/${cases.d1.id}/identity?reason=X%C3%A1c%20minh`).expect(200);
    await send('leaderOfUnit', `/receptions/${visits.sealed}/identity`).expect(200);
    await send('assigned', `/attachments/${attachments.ofCase}/content`).expect(200);

    // The reminder sweep, sent by the worker, at any hour.
    await t
      .http()
      .post('/reminders/run')
      .set(...bearer(t.adminToken))
      .expect(200);
    await waitFor(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE status = 'pending'`,
      );
      return n === 0;
    });
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.stop();
  });

  it('seeded what the sweep needs', async () => {
    for (const c of [cases.d1, cases.d2, cases.d3]) {
      expect(c).toMatchObject({ applicant: null, applicantSealed: true });
    }
    const stages: { stage: string; status: string }[] = await t.dataSource.query(
      `SELECT DISTINCT stage, status FROM notification WHERE case_id = $1 ORDER BY 1, 2`,
      [cases.d1.id],
    );
    expect(stages).toEqual(
      expect.arrayContaining([
        { stage: 'citizen_notice', status: 'sent' },
        { stage: 'escalation', status: 'sent' },
        { stage: 'overdue', status: 'sent' },
      ]),
    );
    expect(smtp.mails.some((m) => m.to.includes(DENUNCIATOR.email))).toBe(true);
    // The acknowledgement went out at the second attempt, after a refusal that quoted the address.
    const [notice] = await t.dataSource.query(
      `SELECT attempts FROM notification WHERE case_id = $1 AND stage = 'citizen_notice'`,
      [cases.d1.id],
    );
    expect(notice.attempts).toBe(2);
  });

  it('answers the writes that built the sealed records with no sealed value', () => {
    expect(writes).toHaveLength(14);
    const shown = writes.map((body) => {
      mask(body);
      return leaksIn(JSON.stringify(body));
    });
    expect(shown.filter((leaks) => leaks.length)).toEqual([]);
  });

  it('shows no sealed value on any GET route, for any role, outside the reveals to those allowed', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: any[] }>>;
    };
    const ids: Record<string, string[]> = {
      cases: [cases.d1.id, cases.d2.id, cases.d3.id, cases.complaint.id, cases.fromVisit.id],
      receptions: [visits.sealed, visits.mixed, visits.later, visits.earlier],
      attachments: [attachments.ofCase, attachments.ofVisit],
      users: Object.values(users).map((u) => u.id),
      units: Object.values(units),
      notifications: (await t.dataSource.query(`SELECT id FROM notification`)).map(
        (r: { id: string }) => r.id,
      ),
    };
    const pins = new Map<string, string>(
      [cases.d1, cases.d2, cases.d3].map((c: { code: string; trackingPin: string }) => [
        c.code,
        c.trackingPin,
      ]),
    );
    const unique = (values: string[]): string[] => [...new Set(values)];
    /**
     * Values per query parameter (`route?name` for one route only); for an enum, the values listed here that
     * it allows (the interesting ones first), else all of its values.
     */
    const candidates: Record<string, string[]> = {
      page: ['1'],
      limit: ['200'],
      q: [
        DENUNCIATOR.fullName,
        foldVietnamese(DENUNCIATOR.fullName),
        'Ánh Nguyệt',
        DENUNCIATOR.idNumber,
        DENUNCIATOR.email,
        COMPANION.fullName,
        COMPANION.idNumber,
      ],
      '/staff?q': ['Cán bộ'],
      unitId: [units.ward, units.city, units.elsewhere],
      caseId: [cases.d1.id, cases.d2.id, cases.d3.id],
      entityId: [
        cases.d1.id,
        cases.d2.id,
        visits.sealed,
        visits.mixed,
        attachments.ofCase,
        attachments.ofVisit,
      ],
      actorId: [users.reception.id, users.assigned.id, users.leaderAbove.id],
      action: [
        'case.identity.read',
        'reception.identity.read',
        'attachment.read',
        'case.create',
        'case.correct',
      ],
      assigneeId: [users.assigned.id],
      from: [vnDate(200), vnDate(30)],
      to: [vnDate(1)],
      dueBefore: [vnDate(-400)],
      dueAfter: [vnDate(400)],
      receivedFrom: [vnDate(400)],
      receivedTo: [vnDate(-1)],
      year: unique([vnDate(1).slice(0, 4), vnDate(200).slice(0, 4)]),
      month: unique([80, 70, 5, 1].map((d) => vnDate(d).slice(0, 7))),
      cutoffDay: ['15'],
      date: [vnDate(80), vnDate(1)],
      start: [vnDate(30)],
      amount: ['30'],
      reason: ['Xác minh nội dung'],
      // Enums: where the sealed records are.
      kind: ['denunciation', 'complaint_denunciation', 'complaint'],
      status: ['in_progress', 'received', 'resolved'],
      category: ['denunciation', 'mixed', 'complaint'],
      outcome: ['guided', 'case_opened'],
      sort: ['dueDate'],
      '/staff?role': ['inspector'],
      '/users?role': ['inspector'],
    };
    /** Combinations worth trying beyond one parameter at a time. */
    const combos: Record<string, Record<string, string>[]> = {
      '/cases': [DENUNCIATOR.fullName, DENUNCIATOR.idNumber, 'Ánh Nguyệt'].map((q) => ({
        kind: 'denunciation',
        q,
      })),
      '/receptions': [DENUNCIATOR.fullName, COMPANION.idNumber].flatMap((q) => [
        { category: 'denunciation', q },
        { category: 'mixed', q },
      ]),
      '/reports/resolution/cases': [
        ...['accepted', 'pending', 'overdue', 'resolved'].flatMap((bucket) =>
          ['csv', 'xlsx'].map((format) => ({ bucket, format })),
        ),
        ...['json', 'csv', 'xlsx'].map((format) => ({ bucket: 'carried_over', from: vnDate(30), format })),
        ...['accepted', 'total', 'pending', 'resolved'].map((bucket) => ({
          kind: 'complaint_denunciation',
          bucket,
        })),
        { bucket: 'accepted', unitId: units.ward, format: 'xlsx' },
      ],
      '/reports/resolution/monthly': ['calendar', 'official'].flatMap((periods) =>
        ['csv', 'xlsx'].map((format) => ({ periods, format, unitId: units.ward })),
      ),
    };
    for (const route of [
      '/reports/resolution',
      '/reports/reception',
      '/reports/forms/01-kqgq',
      '/reports/forms/03-kqgq',
    ]) {
      combos[route] = ['csv', 'xlsx'].map((format) => ({ format, from: vnDate(30), unitId: units.ward }));
    }

    /** Per route and filled path: the base request first, then its variants (skipped if the base is refused). */
    const groups: { route: string; urls: string[] }[] = [];
    const unfillable: string[] = [];
    for (const [route, operations] of Object.entries(doc.paths)) {
      const op = operations.get;
      if (!op || SKIPPED[route]) {
        continue;
      }
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const family = route.split('/')[1];
      let paths: string[];
      if (!names.length) {
        paths = [route];
      } else if (names.length === 1 && names[0] === 'id' && ids[family]) {
        paths = ids[family].map((id) => route.replace('{id}', id));
      } else if (route === '/public/cases/{code}') {
        paths = [...pins.keys()].map((code) => route.replace('{code}', code));
      } else {
        unfillable.push(`${route}: path parameters ${names.join(', ')}`);
        continue;
      }
      const base: Record<string, string> = {};
      const variants: Record<string, string>[] = [];
      for (const p of (op.parameters ?? []).filter((q) => q.in === 'query')) {
        const listed = candidates[`${route}?${p.name}`] ?? candidates[p.name];
        const allowed: string[] | undefined = p.schema?.enum?.map(String);
        const inEnum = allowed && listed?.filter((v) => allowed.includes(v));
        const values = allowed ? (inEnum?.length ? inEnum : allowed) : listed;
        if (!values?.length) {
          if (!SKIPPED[`${route}?${p.name}`]) {
            unfillable.push(`${route}: query parameter ${p.name}`);
          }
          continue;
        }
        if (p.required || p.name === 'page' || p.name === 'limit') {
          base[p.name] = values[0];
        }
        variants.push(...values.filter((v) => v !== base[p.name]).map((v) => ({ [p.name]: v })));
      }
      for (const path of paths) {
        const code = path.split('/')[3];
        const extra = route === '/public/cases/{code}' ? [{ pin: pins.get(code)! }, { pin: '000000' }] : [];
        const urls = [{}, ...variants, ...(combos[route] ?? []), ...extra].map((variant) => {
          const query = new URLSearchParams({ ...base, ...variant }).toString();
          return query ? `${path}?${query}` : path;
        });
        groups.push({ route, urls: unique(urls) });
      }
    }
    // Not in the OpenAPI document, yet GET routes too: the queue dashboard's API (job data, failures).
    for (const queue of ['notifications', 'reminders']) {
      groups.push({
        route: '/admin/queues/api/queues',
        urls: ['latest', 'completed', 'failed'].map(
          (status) => `/admin/queues/api/queues?activeQueue=${queue}&status=${status}&page=1&jobsPerPage=100`,
        ),
      });
    }
    expect(unfillable).toEqual([]);
    expect(Object.keys(SKIPPED).filter((key) => !doc.paths[key.split('?')[0]]?.get)).toEqual([]);

    // As every role, four requests at a time.
    const queue = ROLES.flatMap((role) => groups.map((g) => ({ role, ...g })));
    const runOne = async (): Promise<void> => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const url of group.urls) {
          const res = await send(group.role, url);
          probes.push({
            role: group.role,
            route: group.route,
            url,
            status: res.status,
            text: await decode(res.headers, res.body as Buffer, mask),
          });
          // Refused by role before anything is read: the variants would be refused alike.
          if (
            res.status === 401 ||
            (res.status === 403 && url === group.urls[0] && !/identity|content/.test(url))
          ) {
            break;
          }
        }
      }
    };
    await Promise.all([runOne(), runOne(), runOne(), runOne()]);
    const metrics = await t
      .http()
      .get('/metrics')
      .set('Authorization', 'Bearer metrics-token-for-the-sealed-sweep')
      .expect(200);
    probes.push({ role: 'admin', route: '/metrics', url: '/metrics', status: 200, text: metrics.text });

    const reveal = /^\/(cases|receptions)\/\{id\}\/identity$/;
    const failures: string[] = [];
    const answered = new Map<string, number>();
    for (const p of probes) {
      if (p.status >= 200 && p.status < 300) {
        answered.set(p.route, (answered.get(p.route) ?? 0) + 1);
      }
      if (p.status >= 500) {
        failures.push(`${p.role} GET ${p.url}: ${p.status}`);
      }
      const id = p.url.split(/[/?]/)[2];
      if (reveal.test(p.route)) {
        const allowed = shownIds.has(id) || revealers.get(id)?.has(p.role);
        if (revealers.has(id) && (p.status === 200) !== Boolean(allowed)) {
          failures.push(`${p.role} GET ${p.url}: ${p.status}, reveal ${allowed ? 'refused' : 'granted'}`);
        }
        if (allowed && p.status === 200) {
          continue;
        }
      }
      const leaks = leaksIn(p.text);
      if (leaks.length) {
        failures.push(`${p.role} GET ${p.url}: ${p.status} shows ${leaks.join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
    // Every route was really reached (answered 2xx at least once), not only refused.
    const routes = [...groups.map((g) => g.route), '/metrics'];
    expect(unique(routes).filter((r) => !answered.get(r))).toEqual([]);
    // The decoding is not blind: the exports list the sealed case by its code, a reveal shows the name.
    const drill = (format: string) =>
      probes.find((p) => {
        const query = new URLSearchParams(p.url.split('?')[1]);
        return (
          p.role === 'leaderAbove' &&
          p.route === '/reports/resolution/cases' &&
          query.get('kind') === 'denunciation' &&
          query.get('bucket') === 'accepted' &&
          query.get('format') === format &&
          !query.has('unitId')
        );
      });
    expect(drill('csv')?.text).toContain(cases.d1.code);
    expect(drill('xlsx')?.text).toContain(cases.d1.code);
    const revealed = probes.find(
      (p) => p.role === 'assigned' && p.url.startsWith(`/cases/${cases.d1.id}/identity`),
    );
    expect(leaksIn(revealed?.text ?? '')).toContain(DENUNCIATOR.fullName);
  }, 120_000);

  it('sends no sealed value in any mail (the denunciator gets their own notice, naming nobody)', () => {
    const failures: string[] = [];
    for (const mail of smtp.mails) {
      const own = mail.to.includes(DENUNCIATOR.email);
      // The denunciator's own notice is addressed to them: the address may appear in its To header only.
      const raw = own ? mail.raw.replace(/^To:.*$/im, '') : mail.raw;
      const leaks = leaksIn(mailText(raw));
      if (leaks.length) {
        failures.push(`${mail.to.join(',')} "${mail.subject}": ${leaks.join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
    // Staff reminders went out and are decoded (the subject, with its diacritics, is read back).
    const reminder = smtp.mails.find(
      (m) => !m.to.includes(DENUNCIATOR.email) && m.raw.includes(cases.d1.code),
    );
    expect(mailText(reminder?.raw ?? '')).toContain('Tố cáo cán bộ địa chính phường');
  });

  it('tells no one who may not reveal them that sealed records exist for this person', async () => {
    const json = async (role: RoleName, url: string): Promise<any> => {
      const res = await send(role, url);
      return res.status === 200 ? JSON.parse((res.body as Buffer).toString('utf8')) : null;
    };
    const sealed = [cases.d1.id, cases.d2.id, cases.d3.id, visits.sealed, visits.mixed];
    const rows: Record<string, unknown>[] = [];
    const repeats = new Map<RoleName, number>();
    const flagged = new Map<RoleName, number>();
    for (const role of ROLES.filter((r) => r !== 'anonymous')) {
      const mayReveal = (id: string): boolean => revealers.get(id)?.has(role) ?? false;
      const hidden = (ids: string[]): string[] => ids.filter((id) => sealed.includes(id) && !mayReveal(id));
      for (const q of [DENUNCIATOR.fullName, foldVietnamese(DENUNCIATOR.fullName), DENUNCIATOR.idNumber]) {
        for (const url of [
          `/cases?limit=200&q=`,
          `/cases?limit=200&kind=denunciation&q=`,
          `/receptions?limit=200&q=`,
        ]) {
          const page = await json(role, url + encodeURIComponent(q));
          const ids: string[] = page?.items.map((i: { id: string }) => i.id) ?? [];
          // Found only what this user may reveal; the total counts nothing more than the items listed.
          if (hidden(ids).length || (page && page.total !== ids.length)) {
            rows.push({ role, url: url + q, ids, total: page.total });
          }
        }
      }
      // The later visit shares the ID number of the sealed visits only: a repeat to those who may reveal one.
      const later = await json(role, `/receptions/${visits.later}`);
      if (later && later.repeatVisit !== (mayReveal(visits.sealed) || mayReveal(visits.mixed))) {
        rows.push({ role, url: 'repeatVisit', repeatVisit: later.repeatVisit });
      }
      // The complaint opened from the mixed visit does not point at it once it is sealed.
      const fromVisit = await json(role, `/cases/${cases.fromVisit.id}`);
      if (fromVisit && fromVisit.receptionId !== (mayReveal(visits.mixed) ? visits.mixed : null)) {
        rows.push({ role, url: 'receptionId', receptionId: fromVisit.receptionId });
      }
      // The reception report's repeat visits are the same whoever reads it, and what someone who may reveal
      // no sealed visit sees flagged on the visits themselves.
      const period = `from=${vnDate(200)}&to=${vnDate(1)}&unitId=${units.ward}`;
      const report = await json(role, `/reports/reception?${period}`);
      if (report) {
        repeats.set(role, report.repeatVisits);
      }
      const listed = await json(role, `/receptions?limit=200&${period}`);
      if (report && !mayReveal(visits.sealed) && !mayReveal(visits.mixed)) {
        flagged.set(role, listed.items.filter((v: { repeatVisit: boolean }) => v.repeatVisit).length);
      }
    }
    expect(rows).toEqual([]);
    // Nothing of this period is a repeat to someone who may reveal no sealed visit; so says the report to all.
    expect({ flagged: Object.fromEntries(flagged), repeats: Object.fromEntries(repeats) }).toEqual({
      flagged: { admin: 0, otherInspector: 0 },
      repeats: { admin: 0, leaderOfUnit: 0, leaderAbove: 0, assigned: 0, otherInspector: 0 },
    });

    // Duplicate hints on a new denunciation with the same ID number, opened in the ward.
    const hints: Record<string, unknown>[] = [];
    for (const role of [
      'admin',
      'leaderOfUnit',
      'leaderAbove',
      'assigned',
      'otherInspector',
      'reception',
    ] as const) {
      const opened = await openCase(t, users[role], {
        kind: 'denunciation',
        procedure: null,
        applicant: { fullName: 'Người Tố Cáo Khác', idNumber: DENUNCIATOR.idNumber },
        subject: 'Tố cáo khác',
        unitId: units.ward,
      });
      const hinted: string[] = opened.possibleDuplicates.map((d: { id: string }) => d.id);
      hints.push({
        role,
        unrevealable: hinted.filter((id) => revealers.has(id) && !revealers.get(id)!.has(role)),
        sees: [cases.d1.id, cases.d2.id].filter((id) => hinted.includes(id)).length,
      });
      // What this role opened is sealed too, revealed to the ward's leaders only (it is not assigned).
      revealers.set(opened.id, new Set(['leaderOfUnit', 'leaderAbove']));
    }
    expect(hints).toEqual([
      { role: 'admin', unrevealable: [], sees: 0 },
      { role: 'leaderOfUnit', unrevealable: [], sees: 2 },
      { role: 'leaderAbove', unrevealable: [], sees: 2 },
      { role: 'assigned', unrevealable: [], sees: 2 },
      { role: 'otherInspector', unrevealable: [], sees: 0 },
      { role: 'reception', unrevealable: [], sees: 0 },
    ]);
  });
});
