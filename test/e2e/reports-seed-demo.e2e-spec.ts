import { seedDemo, type SeedDemoResult } from '../../demo/seed-demo.js';
import { bearer, TestApp } from '../utils/test-app.js';

/**
 * `npm run seed:demo` on a small scale against the test app's database: every kind has cases, the figures
 * reconcile, the API answers the same figures, and a second run without `--force` is refused.
 */
describe('reports: demo data', () => {
  let t: TestApp;
  let result: SeedDemoResult;

  beforeAll(async () => {
    t = await TestApp.start();
    result = await seedDemo(t.app, { scale: 0.05 });
  }, 120_000);
  afterAll(() => t.close());

  const row = (kind: string): any => result.resolution.rows.find((r) => r.kind === kind)!;

  it('fills every kind, through the services, with figures that reconcile', () => {
    expect(result.resolution.reconciliation).toEqual({ ok: true, failures: [] });
    for (const kind of ['complaint', 'denunciation', 'petition', 'civil_status', 'certification']) {
      expect([kind, row(kind).total > 0, row(kind).resolved > 0]).toEqual([kind, true, true]);
    }
    // Two complaints carried over from 2022, one decided only in January 2024, the refused ones not counted.
    expect(row('complaint')).toMatchObject({ carriedOver: 2, pending: 1, withdrawn: 1 });
    expect(row('complaint').total).toBe(row('complaint').resolved + 1);
    expect(row('complaint').total).toBeLessThan(result.cases.complaint);
    expect(row('denunciation').resolved).toBe(row('denunciation').total);
    expect(row('petition').pending).toBeGreaterThan(0);
    expect(row('civil_status').resolvedOnTime).toBe(row('civil_status').total);
    expect(row('certification').resolvedOnTime).toBe(row('certification').total);
    expect(result.reception.visits).toBeGreaterThan(0);
    expect(result.reception.visits).toBe(result.visits);
    expect(result.reception.leaderDays).toBeGreaterThan(0);
    expect(result.reception.byOutcome.case_opened).toBeGreaterThan(0);
    expect(result.summary[0]).toMatch(/^Giải quyết khiếu nại \d+\/\d+ vụ đạt [\d,]+%/);
  });

  it('answers the same figures through the API, for every event dated in the past', async () => {
    const res = await t
      .http()
      .get(`/reports/resolution?from=2023-01-01&to=2023-12-31&unitId=${result.cityId}`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(res.body.rows).toEqual(result.resolution.rows);
    const monthly = await t
      .http()
      .get(`/reports/resolution/monthly?year=2023&unitId=${result.cityId}`)
      .set(...bearer(t.adminToken))
      .expect(200);
    expect(monthly.body.reconciliation.ok).toBe(true);
    const [{ future }] = await t.dataSource.query(
      'SELECT count(*)::int AS future FROM case_event WHERE occurred_at > now()',
    );
    expect(future).toBe(0);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reception r JOIN citizen_case c ON c.reception_id = r.id`,
    );
    expect(n).toBe(result.reception.byOutcome.case_opened);
  });

  it('refuses a database with cases unless forced', async () => {
    await expect(seedDemo(t.app, { scale: 0.01 })).rejects.toThrow(/has cases already/);
  });
});
