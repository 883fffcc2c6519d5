import { loadConfig } from '../../src/config/config.js';
import { monthlyPeriods, type ReportPeriod } from '../../src/reports/domain/report-periods.js';
import type { ResolutionCounts, StoredReportKind } from '../../src/cases/statistics/statistics-types.js';
import { CaseStatisticsService } from '../../src/cases/statistics/case-statistics.service.js';
import {
  type CountsRow,
  resolutionCasesSql,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from '../../src/cases/statistics/resolution-sql.js';
import {
  nextDay,
  periodCounts,
  type SummaryRow,
  summaryRowsSql,
} from '../../src/cases/statistics/resolution-summary.js';
import { RESOLUTION_BUCKETS } from '../../src/cases/statistics/statistics-types.js';
import type { UnitScope as ReportScope } from '../../src/units/unit-scope-sql.js';
import { act, openCase } from '../utils/cases.js';
import { bearer, TestApp, type TestUser } from '../utils/test-app.js';

type Counts = Partial<Record<StoredReportKind, ResolutionCounts>>;

/**
 * The resolution summary (case_stat, kept by triggers at each commit) gives exactly the figures counted from
 * the dated events, for every period and unit tree, after back-dated actions, extensions, suspensions,
 * calendar edits that move due dates, and a case written outside the API.
 */
describe('reports: the summary agrees with the events', () => {
  let t: TestApp;
  let admin: TestUser;
  let district: string;
  let wardA: string;
  let wardB: string;
  const tz = loadConfig().businessTimeZone;
  const at = (date: string): string => `${date}T09:00:00+07:00`;

  async function replay(
    fields: Record<string, unknown>,
    receivedAt: string,
    steps: [string, string, Record<string, unknown>?][] = [],
  ): Promise<string> {
    const c = await openCase(t, admin, { ...fields, receivedAt: at(receivedAt) });
    for (const [action, date, body] of steps) {
      await act(t, admin, c.id, action, { ...body, occurredAt: at(date) });
    }
    return c.id;
  }

  const complaint = (unitId: string) => ({ kind: 'complaint', procedure: 'first_instance', unitId });
  const denunciation = (unitId: string) => ({ kind: 'denunciation', procedure: null, unitId });
  const birth = (unitId: string) => ({ kind: 'civil_status', procedure: 'birth', unitId });
  const resolve = { outcome: 'not_upheld', summary: 'Khiếu nại sai' };
  const completed = { outcome: 'completed', summary: 'Đã cấp' };

  /** Every month, quarter, year and official period of 2022-2026, and a few odd ranges. */
  function periods(): ReportPeriod[] {
    const out: ReportPeriod[] = [];
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      for (const scheme of ['calendar', 'official'] as const) {
        const { months, total } = monthlyPeriods(year, scheme);
        out.push(...months.map(({ from, to }) => ({ from, to })), total);
      }
      for (const [a, b] of [
        ['01-01', '03-31'],
        ['04-01', '06-30'],
        ['07-01', '09-30'],
        ['10-01', '12-31'],
      ]) {
        out.push({ from: `${year}-${a}`, to: `${year}-${b}` });
      }
    }
    out.push(
      { from: '2023-11-15', to: '2023-11-15' },
      { from: '2023-03-07', to: '2024-02-19' },
      { from: '2022-01-01', to: '2026-12-31' },
    );
    return out;
  }

  async function fromEvents(ps: ReportPeriod[], scope: ReportScope): Promise<Counts[]> {
    const { sql, params } = resolutionSeriesSql(ps, scope, tz);
    const rows = await t.dataSource.query<SeriesCountsRow[]>(sql, params);
    return ps.map((_, i) =>
      Object.fromEntries(
        rows
          .filter((r) => r.idx === i + 1)
          .map(({ idx: _idx, kind, ...counts }: SeriesCountsRow) => [
            kind,
            counts as Omit<CountsRow, 'kind'>,
          ]),
      ),
    );
  }

  async function fromSummary(ps: ReportPeriod[], scope: ReportScope): Promise<Counts[]> {
    const { sql, params } = summaryRowsSql(
      ps.flatMap((p) => [p.from, nextDay(p.to)]),
      scope,
    );
    const rows = await t.dataSource.query<SummaryRow[]>(sql, params);
    return ps.map((p) => periodCounts(rows, p));
  }

  const scopes = async (): Promise<ReportScope[]> => {
    const [{ path }] = await t.dataSource.query<{ path: string }[]>('SELECT path FROM unit WHERE id = $1', [
      district,
    ]);
    return [
      { kind: 'all' },
      { kind: 'tree', path },
      { kind: 'unit', unitId: wardA },
      { kind: 'unit', unitId: wardB },
    ];
  };

  const nonZeroSummary = (): Promise<unknown[]> =>
    t.dataSource
      .query(`SELECT level, bucket::text, unit_id, kind, started, ended, withdrawn, terminated, on_time, overdue
      FROM case_stat WHERE (started, ended, withdrawn, terminated, on_time, overdue) <> (0, 0, 0, 0, 0, 0)
      ORDER BY level, bucket, unit_id, kind`);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = { id: '', username: 'admin', password: '', role: 'admin', unitId: null, token: t.adminToken };
    district = (await t.createUnit({ level: 'district' })).id;
    wardA = (await t.createUnit({ parentId: district })).id;
    wardB = (await t.createUnit({ parentId: district })).id;

    await replay(complaint(wardA), '2022-11-01', [
      ['accept', '2022-11-10'],
      ['resolve', '2023-01-05', resolve],
    ]);
    await replay(complaint(wardA), '2022-12-01', [['accept', '2022-12-05']]);
    await replay(complaint(wardB), '2023-02-01', [
      ['accept', '2023-02-06'],
      ['withdraw', '2023-03-10', { reason: 'Rút đơn' }],
    ]);
    await replay(complaint(wardB), '2023-04-03', [
      ['accept', '2023-04-05'],
      ['terminate', '2023-04-20', { reason: 'Người khiếu nại chết' }],
    ]);
    await replay(complaint(district), '2023-05-02', [
      ['reject', '2023-05-05', { reason: 'Không đủ điều kiện' }],
    ]);
    // Extended after it became overdue; another extended, suspended, resumed and resolved late.
    await replay(denunciation(wardA), '2023-10-25', [
      ['accept', '2023-11-01', { complexity: 'complex' }],
      ['extend', '2024-01-05', { reason: 'Phức tạp' }],
    ]);
    await replay(denunciation(wardB), '2023-06-01', [
      ['accept', '2023-06-02', { complexity: 'complex' }],
      ['suspend', '2023-06-20', { reason: 'Chờ giám định' }],
      ['resume', '2023-07-20'],
      ['extend', '2023-08-01', { reason: 'Phức tạp' }],
      ['resolve', '2023-10-16', resolve],
    ]);
    // Still open, due inside the days the calendar edit below moves.
    await replay(denunciation(district), '2023-10-30', [['accept', '2023-11-02', { complexity: 'complex' }]]);
    // Petitions count working days: the day off below moves their due dates.
    await replay({ kind: 'petition', procedure: 'feedback', unitId: wardA }, '2023-11-08', [
      ['accept', '2023-11-09'],
    ]);
    await replay({ kind: 'petition', procedure: 'feedback', unitId: wardB }, '2023-11-13');
    await replay(birth(wardA), '2023-03-02', [['resolve', '2023-03-06', completed]]);
    await replay(birth(wardA), '2023-12-29');
    await replay(birth(wardB), '2024-02-14', [['resolve', '2024-02-14', completed]]);
    // Back-dated after later facts were recorded: an action dated before the previous report periods.
    await replay(complaint(wardA), '2024-03-01', [
      ['accept', '2024-03-04'],
      ['resolve', '2024-03-29', resolve],
    ]);
    // A day off inside open clocks: their due dates move (deadline_recomputed events dated now).
    await t
      .http()
      .put('/calendar/days/2023-11-15')
      .set(...bearer(t.adminToken))
      .send({ type: 'day_off', name: 'Nghỉ đột xuất' })
      .expect(200);
  }, 180_000);
  afterAll(() => t.close());

  it('counts every period and scope exactly as the events do', async () => {
    const recomputed = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM case_event WHERE type = 'deadline_recomputed'`,
    );
    expect(recomputed[0].n).toBeGreaterThan(0);
    // Periods that end on each due date and on the day after it, when a case turns overdue.
    const dues = await t.dataSource.query<{ a: string; b: string }[]>(
      `SELECT DISTINCT to_char(due_date - 3, 'YYYY-MM-DD') AS a, to_char(due_date, 'YYYY-MM-DD') AS b
         FROM case_event WHERE due_date IS NOT NULL`,
    );
    const ps = [
      ...periods(),
      ...dues.flatMap(({ a, b }) => [
        { from: a, to: b },
        { from: a, to: nextDay(b) },
        { from: nextDay(b), to: nextDay(b) },
      ]),
    ];
    for (const scope of await scopes()) {
      const [events, summary] = await Promise.all([fromEvents(ps, scope), fromSummary(ps, scope)]);
      expect(summary).toEqual(events);
    }
    // Not vacuous: the year 2023 has figures in every class.
    const [year] = await fromSummary([{ from: '2023-01-01', to: '2023-12-31' }], { kind: 'all' });
    expect(year.complaint).toMatchObject({ carriedOver: 2, withdrawn: 1, terminated: 1 });
    expect(year.denunciation?.overdue).toBeGreaterThan(0);
    expect(year.civil_status?.resolved).toBe(1);
  });

  it('lists the cases behind each number in order, page by page, and as many as the number says', async () => {
    const repository = t.app.get(CaseStatisticsService);
    const checks: [StoredReportKind[], boolean][] = [
      [['complaint', 'denunciation', 'petition'], true],
      [['civil_status'], false],
    ];
    let listed = 0;
    for (const scope of await scopes()) {
      for (const period of [
        { from: '2023-01-01', to: '2023-12-31' },
        { from: '2023-06-15', to: '2023-11-14' },
        { from: '2024-01-01', to: '2026-12-31' },
      ]) {
        for (const [kinds, investigation] of checks) {
          for (const bucket of RESOLUTION_BUCKETS) {
            const all = resolutionCasesSql(kinds, investigation, bucket, period, scope, tz, {
              limit: 1000,
              offset: 0,
            });
            // The reference: every matching case, in the list's order, by the plainest query.
            const expected = (
              await t.dataSource.query<{ id: string }[]>(
                all.count.replace('SELECT count(*)::int AS total', 'SELECT c.id') +
                  ' ORDER BY COALESCE(c.accepted_at, c.received_at), c.code',
                all.countParams,
              )
            ).map((r) => r.id);
            const paged: string[] = [];
            for (let page = 0; page * 2 < expected.length + 2; page++) {
              const { items, total } = await repository.listCases(
                kinds,
                investigation,
                bucket,
                period,
                scope,
                {
                  limit: 2,
                  offset: page * 2,
                },
              );
              expect(total).toBe(expected.length);
              paged.push(...items.map((i) => i.id));
            }
            expect(paged).toEqual(expected);
            listed += expected.length;
          }
        }
      }
    }
    expect(listed).toBeGreaterThan(50);
  });

  it('keeps the same summary as a rebuild from scratch', async () => {
    const kept = await nonZeroSummary();
    expect(kept.length).toBeGreaterThan(0);
    await t.dataSource.query('SELECT case_stat_rebuild()');
    expect(await nonZeroSummary()).toEqual(kept);
  });

  it('follows a case written outside the API, even one resolved before it started', async () => {
    // Moved to another unit and resolved (in the data) before its thụ lý: the report counts it from its events.
    await t.dataSource.query(
      `UPDATE citizen_case SET unit_id = $1, resolved_at = accepted_at - interval '3 days', status = 'resolved',
         on_time = true
       WHERE id = (SELECT id FROM citizen_case WHERE kind = 'complaint' AND status = 'in_progress' LIMIT 1)`,
      [wardB],
    );
    const [odd] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM case_stat_case WHERE odd',
    );
    expect(odd.n).toBe(1);
    const repository = t.app.get(CaseStatisticsService);
    const ps = periods();
    for (const scope of await scopes()) {
      expect(await repository.countPeriods(ps, scope)).toEqual(await fromEvents(ps, scope));
    }
  });
});
