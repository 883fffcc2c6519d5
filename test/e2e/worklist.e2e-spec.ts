import { act, openCase } from '../utils/cases.js';
import { getAs } from '../utils/http.js';
import { TestApp, type TestUser } from '../utils/test-app.js';

/**
 * An inspector's worklist (their unit's cases and the ones assigned to them elsewhere, read as two ordered
 * parts and merged: src/cases/case-list-parts.ts) pages through exactly the cases and order of one query.
 */
describe('cases: the inspector worklist', () => {
  let t: TestApp;
  let leader: TestUser;
  let inspector: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    const unitId = (await t.createUnit({ level: 'district' })).id;
    const subUnit = (await t.createUnit({ parentId: unitId })).id;
    const other = (await t.createUnit({ level: 'district' })).id;
    leader = await t.createUser('leader', unitId);
    inspector = await t.createUser('inspector', unitId);
    const days = ['2024-03-01', '2024-02-05', '2024-02-05', '2024-04-10', '2024-01-15', '2024-03-20'];
    for (const [i, day] of days.entries()) {
      const c = await openCase(t, leader, {
        receivedAt: `${day}T0${i}:00:00+07:00`,
        unitId: i % 3 === 0 ? subUnit : unitId,
      });
      if (i % 3 === 0) {
        await act(t, leader, c.id, 'assign', {
          assigneeId: inspector.id,
          occurredAt: `${day}T09:00:00+07:00`,
        });
      }
      if (i % 2 === 0) {
        await act(t, leader, c.id, 'accept', { occurredAt: `${day}T10:00:00+07:00` });
      }
    }
    await openCase(t, leader, { receivedAt: '2024-02-01T09:00:00+07:00', unitId: subUnit });
    const admin = {
      id: '',
      username: 'admin',
      password: '',
      role: 'admin' as const,
      unitId: null,
      token: t.adminToken,
    };
    await openCase(t, admin, { receivedAt: '2024-02-01T09:00:00+07:00', unitId: other });
  }, 120_000);
  afterAll(() => t.close());

  it.each(['dueDate', '-dueDate', 'receivedAt', '-receivedAt'])('pages in %s order', async (sort) => {
    const column = sort.endsWith('dueDate') ? 'due_date' : 'received_at';
    const expected = (
      await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM citizen_case WHERE unit_id = $1 OR assignee_id = $2
          ORDER BY ${column} ${sort.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, id`,
        [inspector.unitId, inspector.id],
      )
    ).map((r) => r.id);
    expect(expected.length).toBe(6);
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const body = await getAs(t, `/cases?sort=${sort}&limit=2&page=${page}`, inspector);
      expect(body.total).toBe(expected.length);
      seen.push(...body.items.map((c: { id: string }) => c.id));
    }
    expect(seen).toEqual(expected);
  });
});
