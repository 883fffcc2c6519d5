import ExcelJS from 'exceljs';
import { COUNT_COLUMNS } from '../../src/cases/statistics/statistics-types.js';
import { act, openCase } from '../utils/cases.js';
import { getAs } from '../utils/http.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/**
 * A year of cases replayed through the API with back-dated receipts and actions, then every figure of the
 * resolution report checked by hand-counting (DOMAIN.md 12.7: as of the end of the period).
 */
describe('reports: resolution statistics', () => {
  let t: TestApp;
  let admin: TestUser;
  let cityId: string;
  let wardA: string;
  let wardB: string;
  let otherId: string;
  let leaderCity: TestUser;
  let leaderA: TestUser;
  let inspectorA: TestUser;
  const codes: Record<string, string> = {};

  const at = (date: string): string => (date.length === 10 ? `${date}T09:00:00+07:00` : date);

  /** Opens a case and applies `steps` ([action, date, body]) in order; remembers its code under `name`. */
  async function replay(
    name: string,
    fields: Record<string, unknown>,
    receivedAt: string,
    steps: [string, string, Record<string, unknown>?][] = [],
  ): Promise<void> {
    const c = await openCase(t, admin, { ...fields, receivedAt: at(receivedAt) });
    for (const [action, date, body] of steps) {
      await act(t, admin, c.id, action, { ...body, occurredAt: at(date) });
    }
    codes[name] = c.code;
  }

  const complaint = (unitId: string) => ({ kind: 'complaint', procedure: 'first_instance', unitId });
  const resolve = { outcome: 'not_upheld', summary: 'Khiếu nại sai' };
  const completed = { outcome: 'completed', summary: 'Đã cấp' };

  const get = (path: string, user: TestUser, expected = 200): Promise<any> => getAs(t, path, user, expected);

  function row(report: { rows: { kind: string }[] }, kind: string): any {
    return report.rows.find((r) => r.kind === kind);
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
    inspectorA = await t.createUser('inspector', wardA);

    // Complaints in ward A. Carried over into 2023 (accepted in 2022):
    // K1 accepted 2022-11-10, due 2022-12-12 (Sat 10th rolled), resolved late 2023-01-05.
    await replay('K1', complaint(wardA), '2022-11-01', [
      ['accept', '2022-11-10'],
      ['resolve', '2023-01-05', resolve],
    ]);
    // K2 accepted 2022-12-05, due 2023-01-04, never resolved: pending and overdue all year.
    await replay('K2', complaint(wardA), '2022-12-01', [['accept', '2022-12-05']]);
    // K0 resolved in 2022: not in 2023 at all.
    await replay('K0', complaint(wardA), '2022-10-03', [
      ['accept', '2022-10-05'],
      ['resolve', '2022-11-01', resolve],
    ]);
    // K13 accepted and resolved in the official year 2023 (from 15/12/2022), not in the calendar year.
    await replay('K13', complaint(wardA), '2022-12-19', [
      ['accept', '2022-12-20'],
      ['resolve', '2022-12-28', resolve],
    ]);
    // Accepted in 2023:
    await replay('K3', complaint(wardA), '2023-02-01', [
      ['accept', '2023-02-06'],
      ['resolve', '2023-02-20', resolve],
    ]);
    await replay('K4', complaint(wardA), '2023-03-01', [
      ['accept', '2023-03-06'],
      ['withdraw', '2023-03-10', { reason: 'Rút đơn sau khi được giải thích' }],
    ]);
    await replay('K5', complaint(wardA), '2023-04-03', [
      ['accept', '2023-04-05'],
      ['terminate', '2023-04-20', { reason: 'Người khiếu nại chết' }],
    ]);
    // K7: due 2023-07-05, resolved late 2023-08-01.
    await replay('K7', complaint(wardA), '2023-06-01', [
      ['accept', '2023-06-05'],
      ['resolve', '2023-08-01', resolve],
    ]);
    // K8: due 2023-11-03, still open: overdue at the end of the year.
    await replay('K8', complaint(wardA), '2023-10-02', [['accept', '2023-10-04']]);
    // K6: accepted 2023-12-04 (due 2024-01-03), resolved after the period: pending, not overdue, in 2023.
    await replay('K6', complaint(wardA), '2023-12-01', [
      ['accept', '2023-12-04'],
      ['resolve', '2024-01-10', resolve],
    ]);
    // Never accepted, never counted: refused, transferred, withdrawn before thụ lý, not yet accepted.
    await replay('K9', complaint(wardA), '2023-05-02', [
      ['reject', '2023-05-05', { reason: 'Không đủ điều kiện' }],
    ]);
    await replay('K10', complaint(wardA), '2023-05-02', [
      ['transfer', '2023-05-04', { toAuthority: 'UBND tỉnh', reason: 'Không thuộc thẩm quyền' }],
    ]);
    await replay('K11', complaint(wardA), '2023-05-02', [['withdraw', '2023-05-03']]);
    await replay('K12', complaint(wardA), '2023-12-20');

    // Denunciations in ward B.
    await replay('T1', { kind: 'denunciation', procedure: null, unitId: wardB }, '2023-01-09', [
      ['accept', '2023-01-16'],
      ['resolve', '2023-02-10', resolve],
    ]);
    await replay('T2', { kind: 'denunciation', procedure: null, unitId: wardB }, '2023-11-01', [
      ['accept', '2023-11-06'],
    ]);
    // A petition answered in time.
    await replay('P1', { kind: 'petition', procedure: 'feedback', unitId: wardA }, '2023-03-01', [
      ['accept', '2023-03-02'],
      ['resolve', '2023-03-10', { outcome: 'answered', summary: 'Đã trả lời' }],
    ]);
    // Civil status: on time, late, still open past its same-day deadline, and one finished in 2022.
    const birth = { kind: 'civil_status', procedure: 'birth', unitId: wardA };
    await replay('H1', birth, '2023-03-01T10:00:00+07:00', [
      ['resolve', '2023-03-01T11:00:00+07:00', completed],
    ]);
    await replay('H2', birth, '2023-03-02T10:00:00+07:00', [['resolve', '2023-03-06', completed]]);
    await replay('H3', birth, '2023-12-29T10:00:00+07:00');
    await replay('H4', birth, '2022-06-01T10:00:00+07:00', [
      ['resolve', '2022-06-01T11:00:00+07:00', completed],
    ]);
    await replay(
      'C1',
      { kind: 'certification', procedure: 'copy_from_original', unitId: wardA },
      '2023-05-10T10:00:00+07:00',
      [['resolve', '2023-05-10T10:30:00+07:00', completed]],
    );
    // Outside the city's tree.
    await replay('X1', complaint(otherId), '2023-03-01', [
      ['accept', '2023-03-02'],
      ['resolve', '2023-03-20', resolve],
    ]);
  }, 120_000);
  afterAll(() => t.close());

  const YEAR = '/reports/resolution?from=2023-01-01&to=2023-12-31';

  it('counts every figure of the year as of its end (leader of the city)', async () => {
    const report = await get(YEAR, leaderCity);
    expect(report).toMatchObject({
      from: '2023-01-01',
      to: '2023-12-31',
      unit: { id: cityId },
      reconciliation: { ok: true, failures: [] },
    });
    expect(report.rows.map((r: { kind: string }) => r.kind)).toEqual([
      'complaint',
      'denunciation',
      'petition',
      'complaint_denunciation',
      'civil_status',
      'certification',
    ]);
    expect(row(report, 'complaint')).toEqual({
      kind: 'complaint',
      carriedOver: 2,
      accepted: 6,
      total: 8,
      resolved: 5,
      withdrawn: 1,
      terminated: 1,
      pending: 3,
      overdue: 2,
      resolvedOnTime: 3,
      rate: 62.5,
      rateText: '62,5%',
    });
    expect(row(report, 'denunciation')).toEqual({
      kind: 'denunciation',
      carriedOver: 0,
      accepted: 2,
      total: 2,
      resolved: 1,
      withdrawn: 0,
      terminated: 0,
      pending: 1,
      overdue: 1,
      resolvedOnTime: 1,
      rate: 50,
      rateText: '50%',
    });
    expect(row(report, 'petition')).toMatchObject({
      carriedOver: 0,
      accepted: 1,
      total: 1,
      resolved: 1,
      pending: 0,
      resolvedOnTime: 1,
      rate: 100,
      rateText: '100%',
    });
    expect(row(report, 'complaint_denunciation')).toEqual({
      kind: 'complaint_denunciation',
      carriedOver: 2,
      accepted: 8,
      total: 10,
      resolved: 6,
      withdrawn: 1,
      terminated: 1,
      pending: 4,
      overdue: 3,
      resolvedOnTime: 4,
      rate: 60,
      rateText: '60%',
    });
    expect(row(report, 'civil_status')).toEqual({
      kind: 'civil_status',
      carriedOver: null,
      accepted: null,
      total: 2,
      resolved: 2,
      withdrawn: 0,
      terminated: 0,
      pending: 1,
      overdue: 1,
      resolvedOnTime: 1,
      rate: 50,
      rateText: '50%',
    });
    expect(row(report, 'certification')).toMatchObject({
      total: 1,
      resolved: 1,
      resolvedOnTime: 1,
      rate: 100,
      rateText: '100%',
    });
  });

  it('gives the same figures for a closed period whenever asked, and the whole city to an admin', async () => {
    const again = await get(YEAR, leaderCity);
    expect(row(again, 'complaint')).toMatchObject({ total: 8, resolved: 5 });
    const all = await get(YEAR, admin);
    expect(all.unit).toBeNull();
    expect(row(all, 'complaint')).toMatchObject({
      carriedOver: 2,
      accepted: 7,
      total: 9,
      resolved: 6,
      pending: 3,
    });
    const other = await get(`${YEAR}&unitId=${otherId}`, admin);
    expect(row(other, 'complaint')).toMatchObject({ total: 1, resolved: 1, rateText: '100%' });
  });

  it('counts a case resolved after the period as pending in it, and resolved in the next', async () => {
    const jan2024 = await get('/reports/resolution?from=2024-01-01&to=2024-01-31', leaderCity);
    expect(row(jan2024, 'complaint')).toMatchObject({
      carriedOver: 3,
      accepted: 0,
      total: 3,
      resolved: 1,
      pending: 2,
      overdue: 2,
      resolvedOnTime: 0,
    });
  });

  it('splits the year into calendar months that reconcile', async () => {
    const report = await get('/reports/resolution/monthly?year=2023', leaderCity);
    expect(report).toMatchObject({
      year: 2023,
      periods: 'calendar',
      reconciliation: { ok: true, failures: [] },
    });
    expect(report.months).toHaveLength(12);
    expect(report.months[1]).toMatchObject({ month: 2, from: '2023-02-01', to: '2023-02-28' });
    const figures = report.months.map((m: any) => {
      const r = row(m, 'complaint');
      return [r.carriedOver, r.accepted, r.resolved, r.pending, r.overdue];
    });
    expect(figures).toEqual([
      [2, 0, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 0, 0, 1, 1],
      [1, 1, 0, 2, 1],
      [2, 0, 0, 2, 2],
      [2, 0, 1, 1, 1],
      [1, 0, 0, 1, 1],
      [1, 1, 0, 2, 1],
      [2, 0, 0, 2, 2],
      [2, 1, 0, 3, 2],
    ]);
    expect(report.total).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(row(report.total, 'complaint')).toMatchObject({
      carriedOver: 2,
      accepted: 6,
      total: 8,
      resolved: 5,
      pending: 3,
    });
    expect(row(report.months[2], 'civil_status')).toMatchObject({
      total: 2,
      resolvedOnTime: 1,
      rateText: '50%',
    });
  });

  it('uses the official periods: 15/12 of the previous year to the 14th', async () => {
    const report = await get('/reports/resolution/monthly?year=2023&periods=official', leaderCity);
    expect(report).toMatchObject({ periods: 'official', cutoffDay: 15, reconciliation: { ok: true } });
    expect(report.months[0]).toMatchObject({ month: 1, from: '2022-12-15', to: '2023-01-14' });
    expect(report.total).toMatchObject({ from: '2022-12-15', to: '2023-12-14' });
    // K13 was accepted and resolved within the official January.
    expect(row(report.months[0], 'complaint')).toMatchObject({
      carriedOver: 2,
      accepted: 1,
      resolved: 2,
      pending: 1,
    });
    expect(row(report.total, 'complaint')).toMatchObject({
      carriedOver: 2,
      accepted: 7,
      total: 9,
      resolved: 6,
      pending: 3,
    });
    // Quý I cumulative: 15/12/2022 - 14/3/2023.
    const q1 = await get('/reports/resolution?from=2022-12-15&to=2023-03-14', leaderCity);
    expect(row(q1, 'complaint')).toMatchObject({
      carriedOver: 2,
      accepted: 3,
      total: 5,
      resolved: 4,
      withdrawn: 1,
      pending: 1,
      rate: 80,
      rateText: '80%',
    });
    const cutoff20 = await get(
      '/reports/resolution/monthly?year=2023&periods=official&cutoffDay=20',
      leaderCity,
    );
    expect(cutoff20.months[0]).toMatchObject({ from: '2022-12-20', to: '2023-01-19' });
    expect(cutoff20.reconciliation.ok).toBe(true);
  });

  it('lists as many cases behind each number as it counts, for every row and bucket, across period bounds', async () => {
    const fields = Object.entries(COUNT_COLUMNS);
    // A year, an official quarter starting in the year before, months that cut cases (K1 accepted in November,
    // resolved in January; K7 accepted in June, resolved in August).
    const periods = [
      ['2023-01-01', '2023-12-31'],
      ['2022-12-15', '2023-03-14'],
      ['2023-01-01', '2023-01-31'],
      ['2023-07-01', '2023-08-31'],
    ];
    let listed = 0;
    for (const [from, to] of periods) {
      const report = await get(`/reports/resolution?from=${from}&to=${to}`, leaderCity);
      for (const r of report.rows) {
        for (const [field, bucket] of fields) {
          if (r[field] === null) {
            continue;
          }
          const page = await get(
            `/reports/resolution/cases?kind=${r.kind}&bucket=${bucket}&from=${from}&to=${to}&limit=200`,
            leaderCity,
          );
          expect({ kind: r.kind, from, bucket, listed: page.items.length }).toEqual({
            kind: r.kind,
            from,
            bucket,
            listed: r[field],
          });
          listed += page.items.length;
        }
      }
    }
    expect(listed).toBeGreaterThan(50);
  });

  it('lists the cases behind each number, without any applicant data', async () => {
    const list = async (kind: string, bucket: string): Promise<any> =>
      get(
        `/reports/resolution/cases?kind=${kind}&bucket=${bucket}&from=2023-01-01&to=2023-12-31`,
        leaderCity,
      );
    const codesOf = (page: any): string[] => page.items.map((c: any) => c.code).sort();
    const names = (...n: string[]): string[] => n.map((k) => codes[k]).sort();
    expect(codesOf(await list('complaint', 'carried_over'))).toEqual(names('K1', 'K2'));
    expect(codesOf(await list('complaint', 'accepted'))).toEqual(names('K3', 'K4', 'K5', 'K6', 'K7', 'K8'));
    expect(codesOf(await list('complaint', 'resolved'))).toEqual(names('K1', 'K3', 'K4', 'K5', 'K7'));
    expect(codesOf(await list('complaint', 'pending'))).toEqual(names('K2', 'K6', 'K8'));
    expect(codesOf(await list('complaint', 'overdue'))).toEqual(names('K2', 'K8'));
    expect(codesOf(await list('complaint_denunciation', 'overdue'))).toEqual(names('K2', 'K8', 'T2'));
    expect(codesOf(await list('civil_status', 'resolved'))).toEqual(names('H1', 'H2'));
    const page = await list('complaint', 'pending');
    expect(page).toMatchObject({ total: 3, page: 1, limit: 50, kind: 'complaint', bucket: 'pending' });
    expect(Object.keys(page.items[0]).sort()).toEqual(
      [
        'acceptedAt',
        'code',
        'dueDate',
        'id',
        'kind',
        'onTime',
        'receivedAt',
        'resolvedAt',
        'status',
        'unitId',
      ].sort(),
    );
    const k2 = page.items.find((c: any) => c.code === codes.K2);
    expect(k2).toMatchObject({
      status: 'in_progress',
      dueDate: '2023-01-04',
      resolvedAt: null,
      acceptedAt: '2022-12-05T02:00:00.000Z',
    });
    const second = await get(
      '/reports/resolution/cases?kind=complaint&bucket=accepted&from=2023-01-01&to=2023-12-31&page=2&limit=4',
      leaderCity,
    );
    expect(second).toMatchObject({ total: 6, page: 2, limit: 4 });
    expect(second.items).toHaveLength(2);
    await get(
      '/reports/resolution/cases?kind=civil_status&bucket=carried_over&from=2023-01-01&to=2023-12-31',
      leaderCity,
      400,
    );
  });

  it('enforces the scope of each role', async () => {
    const inspector = await get(YEAR, inspectorA);
    expect(inspector.unit).toMatchObject({ id: wardA });
    expect(row(inspector, 'complaint')).toMatchObject({ total: 8 });
    expect(row(inspector, 'denunciation')).toMatchObject({ total: 0, rate: null, rateText: null });
    await get(`${YEAR}&unitId=${cityId}`, inspectorA, 403);
    await get(`${YEAR}&unitId=${wardB}`, leaderA, 403);
    await get(`${YEAR}&unitId=${otherId}`, leaderCity, 403);
    await get(`/reports/resolution/monthly?year=2023&unitId=${otherId}`, leaderCity, 403);
    await get(`/reports/resolution/monthly?year=2023&unitId=${wardB}`, inspectorA, 403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await get(`${YEAR}&unitId=${unknown}`, admin, 404);
    await get(`/reports/resolution/monthly?year=2023&unitId=${unknown}`, admin, 404);
    const b = await get(`${YEAR}&unitId=${wardB}`, leaderCity);
    expect(row(b, 'complaint')).toMatchObject({ total: 0 });
    expect(row(b, 'denunciation')).toMatchObject({ total: 2 });
    expect(row(await get(`${YEAR}&unitId=${wardB}`, admin), 'denunciation')).toMatchObject({ total: 2 });
    const reception = await t.createUser('reception', wardA);
    const clerk = await t.createUser('clerk', wardA);
    await get(YEAR, reception, 403);
    await get(YEAR, clerk, 403);
    await get('/reports/resolution/monthly?year=2023', clerk, 403);
    await get(
      `/reports/resolution/cases?kind=complaint&bucket=pending&from=2023-01-01&to=2023-12-31`,
      reception,
      403,
    );
    await t.http().get(YEAR).expect(401);
  });

  it('refuses bad queries with 400', async () => {
    for (const query of [
      'from=2023-02-30&to=2023-12-31',
      'from=2023-12-31&to=2023-01-01',
      'from=2023-01-01',
      'from=2023-01-01&to=2023-12-31&format=pdf',
      'from=2023-01-01&to=2023-12-31&unitId=nope',
      'from=2023-01-01&to=2023-12-31&extra=1',
    ]) {
      const res = await t
        .http()
        .get(`/reports/resolution?${query}`)
        .set(...bearer(leaderCity.token));
      expect([query, res.status]).toEqual([query, 400]);
    }
    await get('/reports/resolution/monthly?year=abc', leaderCity, 400);
    await get('/reports/resolution/monthly?year=2023&periods=weekly', leaderCity, 400);
    await get('/reports/resolution/monthly?year=2023&periods=official&cutoffDay=31', leaderCity, 400);
    await get(
      '/reports/resolution/cases?kind=complaint&bucket=unknown&from=2023-01-01&to=2023-12-31',
      leaderCity,
      400,
    );
    await get(
      '/reports/resolution/cases?kind=complaint&bucket=pending&from=2023-01-01&to=2023-12-31&limit=500',
      leaderCity,
      400,
    );
  });

  it('exports CSV with a BOM, the period, the unit, plain numbers and the vi-VN rate', async () => {
    const res = await t
      .http()
      .get(`${YEAR}&format=csv`)
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-giai-quyet-2023-01-01-2023-12-31.csv"',
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(body.toString('utf8').slice(1));
    expect(lines[1]).toEqual(['Kỳ báo cáo', 'từ ngày 01/01/2023 đến ngày 31/12/2023']);
    expect(lines[2][1]).toContain('UBND thành phố');
    const header = lines.findIndex((l) => l[0] === 'Lĩnh vực');
    expect(lines[header]).toContain('Tỷ lệ (%)');
    const complaintLine = lines.find((l) => l[0] === 'Khiếu nại');
    expect(complaintLine).toEqual([
      'Khiếu nại',
      '2',
      '6',
      '8',
      '5',
      '1',
      '1',
      '3',
      '2',
      '3',
      '62.5',
      '62,5%',
    ]);
    expect(lines.find((l) => l[0] === 'Hộ tịch')).toEqual([
      'Hộ tịch',
      '',
      '',
      '2',
      '2',
      '0',
      '0',
      '1',
      '1',
      '1',
      '50',
      '50%',
    ]);
    expect(body.toString('utf8')).not.toContain('Nguyễn Văn An');
  });

  it('exports XLSX with numbers as numbers', async () => {
    const res = await t
      .http()
      .get('/reports/resolution/monthly?year=2023&format=xlsx')
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-giai-quyet-theo-thang-2023-calendar.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0][0]).toBe('BÁO CÁO KẾT QUẢ GIẢI QUYẾT ĐƠN, HỒ SƠ THEO THÁNG NĂM 2023');
    expect(rows[1]).toEqual(['Kỳ báo cáo', 'từ ngày 01/01/2023 đến ngày 31/12/2023 (tháng dương lịch)']);
    const year = rows.find((r) => r[0] === 'Cả năm' && r[3] === 'Khiếu nại');
    expect(year).toEqual([
      'Cả năm',
      '01/01/2023',
      '31/12/2023',
      'Khiếu nại',
      2,
      6,
      8,
      5,
      1,
      1,
      3,
      2,
      3,
      62.5,
      '62,5%',
    ]);
    const january = rows.find((r) => r[0] === 'Tháng 1' && r[3] === 'Khiếu nại, tố cáo');
    expect(january?.slice(4, 9)).toEqual([2, 1, 3, 1, 0]);
    // The drill-down list exports too.
    const list = await t
      .http()
      .get('/reports/resolution/cases?kind=complaint&bucket=overdue&from=2023-01-01&to=2023-12-31&format=csv')
      .set(...bearer(leaderCity.token))
      .expect(200);
    expect(list.text).toContain(codes.K2);
    expect(list.text).toContain(codes.K8);
  });
});

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let field = '';
  let line: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      line.push(field);
      field = '';
    } else if (ch === '\n') {
      line.push(field.replace(/\r$/, ''));
      lines.push(line);
      line = [];
      field = '';
    } else {
      field += ch;
    }
  }
  return lines;
}
