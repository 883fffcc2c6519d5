import ExcelJS from 'exceljs';
import { act, openCase } from '../utils/cases.js';
import { binary, getAs } from '../utils/http.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/**
 * The official forms 01/KQGQ (complaints) and 03/KQGQ (denunciations) of DOMAIN.md 8: a year of cases
 * replayed through the API with back-dated actions, then every computed column checked by hand-counting,
 * as of the end of the period, against the resolution report, and in both exports.
 */
describe('reports: official forms 01/KQGQ and 03/KQGQ', () => {
  let t: TestApp;
  let admin: TestUser;
  let cityId: string;
  let wardA: string;
  let wardB: string;
  let otherId: string;
  let leaderCity: TestUser;
  let leaderA: TestUser;
  let inspectorB: TestUser;

  const at = (date: string): string => `${date}T09:00:00+07:00`;

  async function replay(
    fields: Record<string, unknown>,
    receivedAt: string,
    steps: [string, string, Record<string, unknown>?][],
  ): Promise<void> {
    const c = await openCase(t, admin, { ...fields, receivedAt: at(receivedAt) });
    for (const [action, date, body] of steps) {
      await act(t, admin, c.id, action, { ...body, occurredAt: at(date) });
    }
  }

  const first = (unitId: string) => ({ kind: 'complaint', procedure: 'first_instance', unitId });
  const second = (unitId: string) => ({ kind: 'complaint', procedure: 'second_instance', unitId });
  const denunciation = { kind: 'denunciation', procedure: null };
  const outcome = (o: string) => ({ outcome: o, summary: 'Kết luận' });

  const get = (path: string, user: TestUser, expected = 200): Promise<any> => getAs(t, path, user, expected);

  /** The computed columns by key; the columns without data must be null. */
  function values(report: {
    columns: { key: string; value: number | null }[];
  }): Record<string, number | null> {
    return Object.fromEntries(report.columns.map((c) => [c.key, c.value]));
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = { id: '', username: 'admin', password: '', role: 'admin', unitId: null, token: t.adminToken };
    cityId = (await t.createUnit({ level: 'district', name: 'UBND thành phố' })).id;
    wardA = (await t.createUnit({ parentId: cityId, name: 'UBND phường A' })).id;
    wardB = (await t.createUnit({ parentId: cityId, name: 'UBND phường B' })).id;
    otherId = (await t.createUnit({ level: 'district', name: 'UBND huyện khác' })).id;
    leaderCity = await t.createUser('leader', cityId);
    leaderA = await t.createUser('leader', wardA);
    inspectorB = await t.createUser('inspector', wardB);

    // Complaints, ward A. Carried over: K1 resolved late (not upheld), K2 never resolved.
    await replay(first(wardA), '2022-11-01', [
      ['accept', '2022-11-10'],
      ['resolve', '2023-01-05', outcome('not_upheld')],
    ]);
    await replay(first(wardA), '2022-12-01', [['accept', '2022-12-05']]);
    // Accepted in 2023: upheld, partly upheld, withdrawn, terminated, two second-instance decisions.
    await replay(first(wardA), '2023-02-01', [
      ['accept', '2023-02-06'],
      ['resolve', '2023-02-20', outcome('upheld')],
    ]);
    await replay(first(wardA), '2023-03-01', [
      ['accept', '2023-03-06'],
      ['resolve', '2023-03-20', outcome('partly_upheld')],
    ]);
    await replay(first(wardA), '2023-03-01', [
      ['accept', '2023-03-06'],
      ['withdraw', '2023-03-10', { reason: 'Rút đơn sau khi được giải thích' }],
    ]);
    await replay(first(wardA), '2023-04-03', [
      ['accept', '2023-04-05'],
      ['terminate', '2023-04-20', { reason: 'Người khiếu nại chết' }],
    ]);
    await replay(second(wardA), '2023-05-02', [
      ['accept', '2023-05-04'],
      ['resolve', '2023-05-20', outcome('first_decision_upheld')],
    ]);
    await replay(second(wardA), '2023-06-01', [
      ['accept', '2023-06-05'],
      ['resolve', '2023-06-15', outcome('first_decision_overturned')],
    ]);
    // Resolved after the period: pending in 2023, its outcome not counted.
    await replay(first(wardA), '2023-12-01', [
      ['accept', '2023-12-04'],
      ['resolve', '2024-01-10', outcome('upheld')],
    ]);
    // Refused: never counted. Outside the tree: not counted for the city.
    await replay(first(wardA), '2023-05-02', [['reject', '2023-05-05', { reason: 'Không đủ điều kiện' }]]);
    await replay(first(otherId), '2023-03-01', [
      ['accept', '2023-03-02'],
      ['resolve', '2023-03-20', outcome('upheld')],
    ]);

    // Denunciations, ward B. T6 carried over and resolved late.
    const d = { ...denunciation, unitId: wardB };
    await replay(d, '2022-11-28', [
      ['accept', '2022-12-01'],
      ['resolve', '2023-03-01', outcome('upheld')],
    ]);
    await replay(d, '2023-01-09', [
      ['accept', '2023-01-16'],
      ['resolve', '2023-02-10', outcome('upheld')],
    ]);
    await replay(d, '2023-01-30', [
      ['accept', '2023-02-01'],
      ['resolve', '2023-02-20', outcome('not_upheld')],
    ]);
    await replay(d, '2023-02-27', [
      ['accept', '2023-03-01'],
      ['resolve', '2023-03-15', outcome('partly_upheld')],
    ]);
    await replay(d, '2023-03-30', [
      ['accept', '2023-04-03'],
      ['withdraw', '2023-04-10', { reason: 'Rút toàn bộ nội dung tố cáo' }],
    ]);
    await replay(d, '2023-04-28', [
      ['accept', '2023-05-04'],
      ['terminate', '2023-05-10', { reason: 'Người bị tố cáo chết' }],
    ]);
    await replay(d, '2023-11-01', [['accept', '2023-11-06']]);
  }, 120_000);
  afterAll(() => t.close());

  const YEAR = 'from=2023-01-01&to=2023-12-31';

  it('fills form 01/KQGQ for complaints, as of the end of 2023', async () => {
    const report = await get(`/reports/forms/01-kqgq?${YEAR}`, leaderCity);
    expect(report).toMatchObject({
      form: '01-kqgq',
      code: '01/KQGQ',
      from: '2023-01-01',
      to: '2023-12-31',
      unit: { id: cityId },
      reconciliation: { ok: true, failures: [] },
    });
    expect(values(report)).toEqual({
      total: 9,
      carriedOver: 2,
      accepted: 7,
      cases: 9,
      resolved: 7,
      byDecision: 6,
      withdrawn: 1,
      recoverMoney: null,
      recoverLand: null,
      returnMoney: null,
      returnLand: null,
      returnOrganisations: null,
      returnPersons: null,
      disciplinePersons: null,
      disciplineOfficials: null,
      prosecutionCases: null,
      prosecutionPersons: null,
      prosecutionOfficials: null,
      firstUpheld: 1,
      firstNotUpheld: 1,
      firstPartlyUpheld: 1,
      secondConfirmed: 1,
      secondOverturned: 1,
      onTime: 6,
      late: 1,
    });
    expect(report.columns.map((c: any) => c.no)).toEqual(
      report.columns.map((_: unknown, i: number) => i + 1),
    );
    expect(report.notes.join(' ')).toContain('hệ thống không quản lý');
    // The same definitions as the resolution report.
    const resolution = await get(`/reports/resolution?${YEAR}`, leaderCity);
    const row = resolution.rows.find((r: any) => r.kind === 'complaint');
    expect([
      row.carriedOver,
      row.accepted,
      row.total,
      row.resolved,
      row.withdrawn,
      row.resolvedOnTime,
    ]).toEqual([2, 7, 9, 7, 1, 6]);
  });

  it('fills form 03/KQGQ for denunciations', async () => {
    const report = await get(`/reports/forms/03-kqgq?${YEAR}`, leaderCity);
    expect(report).toMatchObject({ form: '03-kqgq', code: '03/KQGQ', reconciliation: { ok: true } });
    expect(values(report)).toMatchObject({
      total: 7,
      carriedOver: 1,
      accepted: 6,
      cases: 7,
      casesContinued: null,
      resolved: 6,
      resolvedFirst: null,
      resolvedContinued: null,
      withdrawn: 1,
      terminated: 1,
      recoverMoney: null,
      prosecutionOfficials: null,
      upheld: 2,
      upheldContinued: null,
      notUpheld: 1,
      partlyUpheld: 1,
      onTime: 5,
      late: 1,
    });
    expect(values(await get(`/reports/forms/03-kqgq?${YEAR}`, inspectorB))).toMatchObject({ total: 7 });
    expect(values(await get(`/reports/forms/03-kqgq?${YEAR}&unitId=${wardA}`, leaderCity))).toMatchObject({
      total: 0,
      resolved: 0,
      onTime: 0,
      late: 0,
    });
  });

  it('counts an official cumulative period (15/12/2022 - 14/3/2023) as of its end', async () => {
    const q1 = values(await get('/reports/forms/01-kqgq?from=2022-12-15&to=2023-03-14', leaderCity));
    expect(q1).toMatchObject({
      total: 5,
      carriedOver: 2,
      accepted: 3,
      resolved: 3,
      byDecision: 2,
      withdrawn: 1,
      firstUpheld: 1,
      firstNotUpheld: 1,
      firstPartlyUpheld: 0,
      onTime: 2,
      late: 1,
    });
  });

  it('enforces the scope of each role and refuses bad queries', async () => {
    await get(`/reports/forms/01-kqgq?${YEAR}&unitId=${cityId}`, leaderA, 403);
    await get(`/reports/forms/03-kqgq?${YEAR}&unitId=${wardA}`, inspectorB, 403);
    await get(`/reports/forms/01-kqgq?${YEAR}`, await t.createUser('reception', cityId), 403);
    const all = values(await get(`/reports/forms/01-kqgq?${YEAR}`, admin));
    expect(all).toMatchObject({ total: 10, resolved: 8, firstUpheld: 2 });
    await get('/reports/forms/01-kqgq?from=2023-01-01', leaderCity, 400);
    await get(`/reports/forms/03-kqgq?${YEAR}&format=pdf`, leaderCity, 400);
    await get(`/reports/forms/02-kqgq?${YEAR}`, leaderCity, 404);
  });

  it('exports the form as CSV and XLSX: one row, numbered Vietnamese headers, empty cells without data', async () => {
    const csv = await t
      .http()
      .get(`/reports/forms/01-kqgq?${YEAR}&format=csv`)
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="bieu-01-kqgq-2023-01-01-2023-12-31.csv"',
    );
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('BIỂU SỐ 01/KQGQ: TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN');
    const header = lines.findIndex((l) => l.startsWith('Đơn vị,(1)'));
    expect(lines[header].split(',').slice(0, 4)).toEqual([
      'Đơn vị',
      '(1) Đơn thuộc thẩm quyền: Tổng số',
      '(2) Đơn thuộc thẩm quyền: Kỳ trước chuyển sang',
      '(3) Đơn thuộc thẩm quyền: Tiếp nhận trong kỳ',
    ]);
    expect(lines[header + 1].split(',')).toEqual([
      'UBND thành phố',
      '9',
      '2',
      '7',
      '9',
      '7',
      '6',
      '1',
      ...Array(11).fill(''),
      '1',
      '1',
      '1',
      '1',
      '1',
      '6',
      '1',
    ]);

    const xlsx = await t
      .http()
      .get(`/reports/forms/03-kqgq?${YEAR}&format=xlsx`)
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const headerRow = rows.find((r) => r[0] === 'Đơn vị' && r[1] === '(1) Đơn thuộc thẩm quyền: Tổng số')!;
    const dataRow = rows[rows.indexOf(headerRow) + 1];
    const cell = (heading: string): unknown => dataRow[headerRow.indexOf(heading)];
    expect(dataRow[0]).toBe('UBND thành phố');
    expect(cell('(1) Đơn thuộc thẩm quyền: Tổng số')).toBe(7);
    expect(cell('(9) Kết quả giải quyết: Rút toàn bộ nội dung tố cáo')).toBe(1);
    expect(cell('(10) Kết quả giải quyết: Đình chỉ không do rút tố cáo')).toBe(1);
    expect(cell('(22) Phân tích kết quả: Tố cáo đúng')).toBe(2);
    expect(cell('(11) Kiến nghị thu hồi cho Nhà nước: Tiền (Trđ)')).toBeUndefined();
    expect(cell('(29) Chấp hành thời hạn giải quyết: Không đúng quy định')).toBe(1);
    expect(headerRow).toHaveLength(30);
  });
});
