import ExcelJS from 'exceljs';
import { binary, getAs } from '../utils/http.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

const AN = { fullName: 'Nguyễn Văn An', idNumber: '051090001234', address: 'Tổ 5, phường 1' };
const BINH = { fullName: 'Trần Thị Bình', idNumber: '051090005678' };
const person = (n: number): { fullName: string } => ({ fullName: `Công dân số ${n}` });

/** Reads a whole response body as a Buffer (CSV and XLSX exports). */

/**
 * The reception figures (API.md "Reports"): visits logged through the API in 2023, with single and group
 * visits, leader-hosted and delegated ones, first and repeat visits (by ID number and explicit), visits at
 * the edges of the period and in a unit outside the tree, then every figure checked by hand-counting.
 */
describe('reports: citizen reception figures', () => {
  let t: TestApp;
  let admin: TestUser;
  let cityId: string;
  let wardA: string;
  let wardB: string;
  let otherId: string;
  let leaderCity: TestUser;
  let leaderA: TestUser;
  let inspectorB: TestUser;
  let desk: TestUser;
  let otherDesk: TestUser;

  async function visit(user: TestUser, fields: Record<string, unknown>): Promise<void> {
    const res = await t
      .http()
      .post('/receptions')
      .set(...bearer(user.token))
      .send({
        visitorCount: 1,
        representatives: [person(0)],
        category: 'complaint',
        subject: 'Nội dung tiếp',
        content: 'Công dân trình bày',
        hostedBy: 'desk',
        outcome: 'guided',
        ...fields,
      });
    if (res.status !== 201) {
      throw new Error(`log visit failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  const get = (path: string, user: TestUser, expected = 200): Promise<any> => getAs(t, path, user, expected);

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
    desk = await t.createUser('reception', cityId);
    otherDesk = await t.createUser('reception', otherId);

    // V8: 31/12/2022 late evening (local), before the period; Bình's first visit.
    await visit(desk, { unitId: wardA, visitedAt: '2022-12-31T23:30:00+07:00', representatives: [BINH] });
    // V1: An's first visit at the desk of ward A; V2: An again, a repeat by ID number.
    await visit(desk, { unitId: wardA, visitedAt: '2023-03-06T08:00:00+07:00', representatives: [AN] });
    await visit(desk, {
      unitId: wardA,
      visitedAt: '2023-03-20T08:00:00+07:00',
      representatives: [AN],
      outcome: 'answered',
    });
    // V3, V4: the leader of ward A hosts a group of 12 and a denunciation on the same day: one leader day.
    await visit(desk, {
      unitId: wardA,
      visitedAt: '2023-03-08T09:00:00+07:00',
      visitorCount: 12,
      representatives: [person(1), person(2), person(3)],
      category: 'petition',
      hostedBy: 'leader',
      leaderId: leaderA.id,
      outcome: 'case_opened',
    });
    await visit(desk, {
      unitId: wardA,
      visitedAt: '2023-03-08T14:00:00+07:00',
      representatives: [person(4)],
      category: 'denunciation',
      hostedBy: 'leader',
      leaderId: leaderA.id,
      outcome: 'transferred',
    });
    // V5: a group of 6 received on the city leader's behalf (delegated): a leader visit, not a leader day.
    await visit(desk, {
      unitId: cityId,
      visitedAt: '2023-03-15T09:00:00+07:00',
      visitorCount: 6,
      representatives: [person(5), person(6)],
      category: 'mixed',
      hostedBy: 'leader',
      leaderId: leaderCity.id,
      delegated: true,
    });
    // V6: the city leader in person, two visitors, refused (Art. 9(2)).
    await visit(desk, {
      unitId: cityId,
      visitedAt: '2023-03-22T09:00:00+07:00',
      visitorCount: 2,
      representatives: [person(7), person(8)],
      category: 'other',
      hostedBy: 'leader',
      leaderId: leaderCity.id,
      outcome: 'refused',
      refusalGround: 'threatening_or_insulting',
    });
    // V7: a group of exactly 5 at ward B, declared a repeat visit.
    await visit(desk, {
      unitId: wardB,
      visitedAt: '2023-04-10T09:00:00+07:00',
      visitorCount: 5,
      representatives: [person(9)],
      repeatVisit: true,
    });
    // V9: Bình again on the last evening of 2023 (local date 31/12/2023): a repeat of V8, in the period.
    await visit(desk, {
      unitId: wardA,
      visitedAt: '2023-12-31T23:30:00+07:00',
      representatives: [BINH],
      category: 'petition',
      outcome: 'answered',
    });
    // V10: outside the city's tree.
    await visit(otherDesk, {
      visitedAt: '2023-05-02T09:00:00+07:00',
      visitorCount: 3,
      representatives: [person(10)],
    });
  }, 60_000);
  afterAll(() => t.close());

  const YEAR = '/reports/reception?from=2023-01-01&to=2023-12-31';

  it('counts every figure of the city tree in 2023', async () => {
    const report = await get(YEAR, leaderCity);
    expect(report).toEqual({
      from: '2023-01-01',
      to: '2023-12-31',
      unit: { id: cityId, code: expect.any(String), name: 'UBND thành phố' },
      visits: 8,
      visitors: 29,
      groupVisits: 3,
      groupVisitors: 23,
      leaderVisits: 4,
      delegatedVisits: 1,
      leaderDays: 2,
      firstVisits: 5,
      repeatVisits: 3,
      byCategory: { complaint: 3, denunciation: 1, petition: 2, mixed: 1, other: 1 },
      byOutcome: { guided: 3, case_opened: 1, transferred: 1, answered: 2, refused: 1 },
    });
  });

  it('narrows to a unit, a period and a role, and counts everything for an admin', async () => {
    expect(await get(`${YEAR}&unitId=${wardA}`, leaderCity)).toMatchObject({
      unit: { id: wardA },
      visits: 5,
      visitors: 16,
      groupVisits: 1,
      groupVisitors: 12,
      leaderVisits: 2,
      delegatedVisits: 0,
      leaderDays: 1,
      firstVisits: 3,
      repeatVisits: 2,
    });
    expect(await get(YEAR, inspectorB)).toMatchObject({
      unit: { id: wardB },
      visits: 1,
      visitors: 5,
      groupVisits: 1,
      groupVisitors: 5,
      repeatVisits: 1,
      byCategory: { complaint: 1, denunciation: 0, petition: 0, mixed: 0, other: 0 },
    });
    expect(await get(YEAR, admin)).toMatchObject({ unit: null, visits: 9, visitors: 32, groupVisits: 3 });
    expect(await get(`${YEAR}&unitId=${otherId}`, admin)).toMatchObject({ visits: 1, visitors: 3 });
    // The business date decides: 31/12/2022 23:30 local is in December 2022, whatever UTC says.
    expect(await get('/reports/reception?from=2022-12-01&to=2022-12-31', leaderCity)).toMatchObject({
      visits: 1,
      firstVisits: 1,
      repeatVisits: 0,
    });
    const march = await get('/reports/reception?from=2023-03-01&to=2023-03-31', leaderCity);
    expect(march).toMatchObject({ visits: 6, leaderDays: 2, leaderVisits: 4, groupVisits: 2 });
    const empty = await get('/reports/reception?from=2021-01-01&to=2021-12-31', leaderCity);
    expect(empty).toMatchObject({
      visits: 0,
      visitors: 0,
      groupVisitors: 0,
      leaderDays: 0,
      byOutcome: { guided: 0, case_opened: 0, transferred: 0, answered: 0, refused: 0 },
    });
  });

  it('enforces the scope of each role and refuses bad queries', async () => {
    await get(`${YEAR}&unitId=${cityId}`, leaderA, 403);
    await get(`${YEAR}&unitId=${otherId}`, leaderCity, 403);
    await get(`${YEAR}&unitId=${wardA}`, inspectorB, 403);
    await get(YEAR, desk, 403);
    await get(YEAR, await t.createUser('clerk', cityId), 403);
    await t.http().get(YEAR).expect(401);
    for (const query of [
      'from=2023-01-01',
      'from=2023-12-31&to=2023-01-01',
      'from=2023-01-01&to=2023-12-31&format=pdf',
    ]) {
      await get(`/reports/reception?${query}`, leaderCity, 400);
    }
  });

  it('exports CSV with a BOM and Vietnamese headers, and no name or ID number anywhere', async () => {
    const json = JSON.stringify(await get(YEAR, leaderCity));
    const res = await t
      .http()
      .get(`${YEAR}&format=csv`)
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-tiep-cong-dan-2023-01-01-2023-12-31.csv"',
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0]).toEqual(['BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN']);
    expect(lines[1]).toEqual(['Kỳ báo cáo', 'từ ngày 01/01/2023 đến ngày 31/12/2023']);
    expect(lines).toContainEqual(['Nhóm', 'Chỉ tiêu', 'Số lượng']);
    expect(lines).toContainEqual(['Chung', 'Số lượt tiếp', '8']);
    expect(lines).toContainEqual(['Chung', 'Số người được tiếp', '29']);
    expect(lines).toContainEqual(['Chung', 'Số ngày thủ trưởng trực tiếp tiếp công dân', '2']);
    expect(lines).toContainEqual(['Chung', 'Tiếp nhiều lần', '3']);
    expect(lines).toContainEqual(['Phân loại', 'Khiếu nại', '3']);
    expect(lines).toContainEqual(['Kết quả tiếp', 'Từ chối tiếp', '1']);
    for (const text of [body.toString('utf8'), json]) {
      for (const secret of [AN.fullName, AN.idNumber, BINH.fullName, BINH.idNumber, 'Công dân số']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('exports XLSX with numbers as numbers', async () => {
    const res = await t
      .http()
      .get(`${YEAR}&unitId=${wardA}&format=xlsx`)
      .set(...bearer(leaderCity.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Tiếp công dân');
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[2][1]).toContain('UBND phường A');
    const figure = (label: string): unknown => rows.find((r) => r[1] === label)?.[2];
    expect(figure('Số lượt tiếp')).toBe(5);
    expect(figure('Số người được tiếp')).toBe(16);
    expect(figure('Số đoàn đông người (từ 5 người)')).toBe(1);
    expect(figure('Số người trong các đoàn đông người')).toBe(12);
    expect(figure('Số lượt thủ trưởng tiếp (định kỳ, đột xuất)')).toBe(2);
    expect(figure('Tiếp lần đầu')).toBe(3);
    expect(figure('Tiếp nhận đơn, mở hồ sơ')).toBe(1);
    expect(figure('Nhiều nội dung')).toBe(0);
  });
});
