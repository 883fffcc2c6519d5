import { jest } from '@jest/globals';
import { Clock } from '../../src/common/clock.js';
import { act, openCase } from '../utils/cases.js';
import { getAs } from '../utils/http.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

describe('GET /calendar/impact', () => {
  let t: TestApp;
  let leader: TestUser;
  let reception: TestUser;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    // Monday 2027-03-01: the cases below are received that day.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2027-03-01T09:00:00+07:00'));
    const unitId = (await t.createUnit({ level: 'district' })).id;
    leader = await t.createUser('leader', unitId);
    reception = await t.createUser('reception', unitId);
    const open = async (fields: Record<string, unknown> = {}): Promise<string> => {
      const c = await openCase(t, reception, fields);
      ids.push(c.id);
      return c.id;
    };
    // Acceptance in 7 working days (receipts from 2026-07-01): 2027-03-10.
    await open();
    await open();
    // Accepted: 30 calendar days, 2027-03-31, which a day off in March does not move.
    await act(t, leader, await open(), 'accept');
    // 3 working days (change_correction): 2027-03-04, before the edited days.
    await open({ kind: 'civil_status', procedure: 'change_correction' });
    // Finished: never moved.
    await act(t, leader, await open(), 'reject', { reason: 'Không thuộc thẩm quyền' });
  });
  afterAll(() => t.close());

  const admin = (): [string, string] => bearer(t.adminToken);
  const dueDates = async (): Promise<Map<string, string | null>> => {
    const rows: { id: string; due_date: string | null }[] = await t.dataSource.query(
      `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM citizen_case WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.due_date]));
  };

  /** The preview, then the edit; every case then has the due date the preview announced, the others theirs. */
  async function previewThenEdit(
    date: string,
    type: 'day_off' | 'working_day' | 'none',
  ): Promise<{ openCases: number; cases: { id: string; dueDate: string; newDueDate: string }[] }> {
    const before = await dueDates();
    const impact = (
      await t
        .http()
        .get(`/calendar/impact?date=${date}&type=${type}`)
        .set(...admin())
        .expect(200)
    ).body;
    expect(impact.openCases).toBe(impact.cases.length);
    if (type === 'none') {
      await t
        .http()
        .delete(`/calendar/days/${date}`)
        .set(...admin())
        .expect(204);
    } else {
      await t
        .http()
        .put(`/calendar/days/${date}`)
        .set(...admin())
        .send({ type, name: 'Thay đổi' })
        .expect(200);
    }
    const after = await dueDates();
    const expected = new Map(before);
    for (const moved of impact.cases) {
      expect(moved.dueDate).toBe(before.get(moved.id));
      expected.set(moved.id, moved.newDueDate);
    }
    expect(after).toEqual(expected);
    return impact;
  }

  it('announces exactly what a day off, a make-up Saturday and a removal then move', async () => {
    const [first, second] = ids;
    const codes = new Map(
      await Promise.all(ids.map(async (id) => [id, (await getAs(t, `/cases/${id}`, leader)).code] as const)),
    );
    const dayOff = await previewThenEdit('2027-03-10', 'day_off');
    expect(dayOff.cases.map((c) => c.id).sort()).toEqual([first, second].sort());
    expect(dayOff.cases[0]).toEqual({
      id: dayOff.cases[0].id,
      code: codes.get(dayOff.cases[0].id),
      dueDate: '2027-03-10',
      newDueDate: '2027-03-11',
    });
    const saturday = await previewThenEdit('2027-03-06', 'working_day');
    expect(saturday.cases.map((c) => [c.dueDate, c.newDueDate])).toEqual([
      ['2027-03-11', '2027-03-09'],
      ['2027-03-11', '2027-03-09'],
    ]);
    const removal = await previewThenEdit('2027-03-06', 'none');
    expect(removal.cases.map((c) => [c.dueDate, c.newDueDate])).toEqual([
      ['2027-03-09', '2027-03-11'],
      ['2027-03-09', '2027-03-11'],
    ]);
    // Nothing to remove, nothing moved (the DELETE answers 404 and changes nothing).
    const nothing = await t
      .http()
      .get('/calendar/impact?date=2027-03-06&type=none')
      .set(...admin())
      .expect(200);
    expect(nothing.body).toEqual({ openCases: 0, cases: [] });
  });

  it('is for admins, and refuses what the edit itself refuses', async () => {
    await t
      .http()
      .get('/calendar/impact?date=2027-03-10&type=day_off')
      .set(...bearer(leader.token))
      .expect(403);
    for (const query of [
      'date=2027-03-11&type=working_day',
      'date=2027-02-30&type=day_off',
      'date=2027-03-10&type=off',
    ]) {
      await t
        .http()
        .get(`/calendar/impact?${query}`)
        .set(...admin())
        .expect(400);
    }
  });
});
