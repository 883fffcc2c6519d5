import { jest } from '@jest/globals';
import { Clock } from '../../src/common/clock.js';
import { act, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/**
 * A day off moves many cases at once (the cases module's calendar handler, one statement for all of them):
 * each moved case gets its new due date, a grown version and deadline version, and one `deadline_recomputed`
 * event; the cases the day does not touch keep everything.
 */
describe('A calendar edit moving many cases', () => {
  let t: TestApp;
  let leader: TestUser;
  let reception: TestUser;
  const complaints: string[] = [];
  const civilStatus: string[] = [];
  const untouched: string[] = [];

  interface Row {
    id: string;
    status: string;
    due: string | null;
    acceptance: string | null;
    resolution: string | null;
    version: number;
    deadline_version: number;
  }
  const rows = async (): Promise<Map<string, Row>> => {
    const found: Row[] = await t.dataSource.query(
      `SELECT id, status, to_char(due_date, 'YYYY-MM-DD') AS due, to_char(acceptance_due, 'YYYY-MM-DD') AS acceptance,
              to_char(resolution_due, 'YYYY-MM-DD') AS resolution, version, deadline_version
         FROM citizen_case`,
    );
    return new Map(found.map((r) => [r.id, r]));
  };

  beforeAll(async () => {
    t = await TestApp.start();
    // Monday 2027-03-01: every case below is received that day.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2027-03-01T09:00:00+07:00'));
    const unitId = (await t.createUnit({ level: 'district' })).id;
    leader = await t.createUser('leader', unitId);
    reception = await t.createUser('reception', unitId);
    for (let i = 0; i < 24; i++) {
      // Acceptance in 7 working days: 2027-03-10.
      complaints.push((await openCase(t, reception)).id);
    }
    for (let i = 0; i < 12; i++) {
      // 3 working days (change_correction): 2027-03-04.
      civilStatus.push(
        (await openCase(t, reception, { kind: 'civil_status', procedure: 'change_correction' })).id,
      );
    }
    for (let i = 0; i < 3; i++) {
      // Accepted: 30 calendar days (2027-03-31), which a day off does not move.
      const id = (await openCase(t, reception)).id;
      await act(t, leader, id, 'accept');
      untouched.push(id);
    }
    // Finished: no due date to move.
    const rejected = (await openCase(t, reception)).id;
    await act(t, leader, rejected, 'reject', { reason: 'Không thuộc thẩm quyền' });
    untouched.push(rejected);
  }, 120_000);
  afterAll(() => t.close());

  it('moves every case the day lies in, writes one event each, and leaves the others alone', async () => {
    const before = await rows();
    expect(new Set(complaints.map((id) => before.get(id)!.due))).toEqual(new Set(['2027-03-10']));
    expect(new Set(civilStatus.map((id) => before.get(id)!.due))).toEqual(new Set(['2027-03-04']));

    await t
      .http()
      .put('/calendar/days/2027-03-03')
      .set(...bearer(t.adminToken))
      .send({ type: 'day_off', name: 'Nghỉ đột xuất' })
      .expect(200);

    const after = await rows();
    type Due = { due: string; acceptance: string | null; resolution: string | null };
    const expected = new Map<string, Due>([
      ...complaints.map((id): [string, Due] => [
        id,
        { due: '2027-03-11', acceptance: '2027-03-11', resolution: null },
      ]),
      ...civilStatus.map((id): [string, Due] => [
        id,
        { due: '2027-03-05', acceptance: null, resolution: '2027-03-05' },
      ]),
    ]);
    for (const [id, want] of expected) {
      const [was, is] = [before.get(id)!, after.get(id)!];
      expect({ due: is.due, acceptance: is.acceptance, resolution: is.resolution }).toEqual(want);
      expect([is.version, is.deadline_version]).toEqual([was.version + 1, was.deadline_version + 1]);
    }
    for (const id of untouched) {
      expect(after.get(id)).toEqual(before.get(id));
    }

    const events: {
      case_id: string;
      from_status: string;
      to_status: string;
      due: string;
      data: unknown;
      actor_id: string;
    }[] = await t.dataSource.query(
      `SELECT case_id, from_status, to_status, to_char(due_date, 'YYYY-MM-DD') AS due, data, actor_id
           FROM case_event WHERE type = 'deadline_recomputed'`,
    );
    expect(events).toHaveLength(expected.size);
    const admin = (
      await t
        .http()
        .get('/auth/me')
        .set(...bearer(t.adminToken))
        .expect(200)
    ).body.id;
    for (const e of events) {
      const was = before.get(e.case_id)!;
      expect(e).toEqual({
        case_id: e.case_id,
        from_status: was.status,
        to_status: was.status,
        due: expected.get(e.case_id)!.due,
        data: { calendarDate: '2027-03-03', previousDueDate: was.due },
        actor_id: admin,
      });
    }
  });

  it('makes an action that read a case before the edit fail rather than write the old due date back', async () => {
    const [id] = complaints;
    const { version } = (
      await t
        .http()
        .get(`/cases/${id}`)
        .set(...bearer(leader.token))
        .expect(200)
    ).body;
    await t
      .http()
      .put('/calendar/days/2027-03-05')
      .set(...bearer(t.adminToken))
      .send({ type: 'day_off', name: 'Nghỉ đột xuất' })
      .expect(200);
    await act(t, leader, id, 'accept', { version }, 409);
  });
});
