import { act, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

/** A closed period's report gives the same figures whenever it is asked (issue 7). */
describe('reports: a closed period does not change', () => {
  let t: TestApp;
  let leader: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    const unitId = (await t.createUnit({ level: 'district' })).id;
    leader = await t.createUser('leader', unitId);
  });
  afterAll(() => t.close());

  const december = async (): Promise<Record<string, unknown>> => {
    const res = await t
      .http()
      .get('/reports/resolution?from=2023-12-01&to=2023-12-31')
      .set(...bearer(leader.token))
      .expect(200);
    return res.body.rows.find((r: { kind: string }) => r.kind === 'denunciation');
  };

  it('keeps a case overdue at the end of the period after a later extension and a later calendar edit', async () => {
    const c = await openCase(t, leader, {
      kind: 'denunciation',
      procedure: null,
      receivedAt: '2023-10-25T09:00:00+07:00',
    });
    // Accepted as complex on 2023-11-01: 30 days -> due Fri 2023-12-01, overdue by 2023-12-31.
    const accepted = await act(t, leader, c.id, 'accept', {
      complexity: 'complex',
      occurredAt: '2023-11-01T09:00:00+07:00',
    });
    expect(accepted.dueDate).toBe('2023-12-01');
    const before = await december();
    expect(before).toMatchObject({ carriedOver: 1, total: 1, pending: 1, overdue: 1 });

    // In January the case is extended (+30 days: 2023-12-31, a Sunday, rolled to 2024-01-02)...
    const extended = await act(t, leader, c.id, 'extend', {
      reason: 'Phức tạp',
      occurredAt: '2024-01-05T09:00:00+07:00',
    });
    expect(extended.dueDate).toBe('2024-01-02');
    // ... and a day off is added inside the old limit.
    await t
      .http()
      .put('/calendar/days/2023-11-15')
      .set(...bearer(t.adminToken))
      .send({ type: 'day_off', name: 'Nghỉ đột xuất' })
      .expect(200);

    expect(await december()).toEqual(before);
  });
});
