/**
 * Resolution report timing: seeds 1,000,000 cases over 2023-2025 (with their intake, acceptance and
 * resolution events) straight into a scratch database with generate_series (summary triggers off, then the
 * summary rebuilt), then times the median of each period of 2024 (year, quarter, month, official month and
 * year) for the whole city, a district's tree and a ward through ReportsService, the service behind
 * `GET /reports/resolution` (scope resolution, the summary, the rows), beside the plainest SQL that counts
 * the same rows, with the ratio; each line checks the report's rows against those counted from the events of
 * every case (`figures match`). Then the dashboard's twelve months plus the year in one call
 * (`GET /reports/resolution/monthly`) and the drill-down's first page (`GET /reports/resolution/cases`, checked
 * against the plain SQL's page and count); then 1,000,000 more cases over 2020-2022, the same reports again,
 * and both histories side by side (the cost must not grow with the history). The machine's load average is
 * printed with each section. The scratch database is dropped at the end.
 *
 *   npm run bench:reports            (BENCH_CASES=200000, BENCH_SIX_YEARS=0 for a shorter run)
 *
 * BENCH_DB=name keeps the scratch database under that name, and reuses it (no seeding) when it exists already.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { CaseStatisticsService } from '../src/cases/statistics/case-statistics.service.js';
import {
  bucketSql,
  inPeriodSql,
  periodBounds,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from '../src/cases/statistics/resolution-sql.js';
import type { AuthUser } from '../src/common/http/request-context.js';
import { type AppConfig, loadDatabaseUrl } from '../src/config/config.js';
import { createDataSource } from '../src/database/data-source.js';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import { SqlParams } from '../src/database/sql-params.js';
import type { ReportPeriod } from '../src/reports/domain/report-periods.js';
import {
  buildResolutionRows,
  isInvestigationKind,
  type ResolutionRow,
} from '../src/reports/domain/resolution-rows.js';
import type {
  MonthlyReportQuery,
  ResolutionCasesQuery,
  ResolutionReportQuery,
} from '../src/reports/dto/report-queries.dto.js';
import { ReportScopeService } from '../src/reports/report-scope.service.js';
import { ReportsService } from '../src/reports/reports.service.js';
import { type UnitScope as ReportScope, unitScopeSql } from '../src/units/unit-scope-sql.js';

/** Whether the database of `url` exists (asked of the server's `postgres` database). */
async function databaseExists(url: string): Promise<boolean> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
  } finally {
    await client.end();
  }
}

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TZ = 'Asia/Ho_Chi_Minh';

/** 1 city, 5 districts, 10 wards each; cases go to the wards and districts. */
async function seedUnits(client: pg.Client): Promise<{ districtPath: string; wardPath: string }> {
  await client.query(`INSERT INTO unit (id, code, name, level, parent_id, path)
    VALUES ('00000000-0000-4000-8000-000000000000', 'CITY', 'UBND thành phố', 'province', NULL,
            '/00000000-0000-4000-8000-000000000000/')`);
  await client.query(`INSERT INTO unit (id, code, name, level, parent_id, path)
    SELECT ('00000000-0000-4000-8000-0000000000' || lpad(d::text, 2, '0'))::uuid, 'D' || d, 'Quận ' || d, 'district',
           '00000000-0000-4000-8000-000000000000',
           '/00000000-0000-4000-8000-000000000000/00000000-0000-4000-8000-0000000000' || lpad(d::text, 2, '0') || '/'
    FROM generate_series(1, 5) d`);
  await client.query(`INSERT INTO unit (id, code, name, level, parent_id, path)
    SELECT ('00000000-0000-4000-8000-00000000' || lpad(d::text, 2, '0') || lpad(w::text, 2, '0'))::uuid,
           'D' || d || 'W' || w, 'Phường ' || w, 'commune', p.id,
           p.path || '00000000-0000-4000-8000-00000000' || lpad(d::text, 2, '0') || lpad(w::text, 2, '0') || '/'
    FROM generate_series(1, 5) d CROSS JOIN generate_series(1, 10) w
    JOIN unit p ON p.code = 'D' || d`);
  const { rows } = await client.query<{ code: string; path: string }>(
    `SELECT code, path FROM unit WHERE code IN ('D1', 'D1W1') ORDER BY code`,
  );
  return { districtPath: rows[0].path, wardPath: rows[1].path };
}

/**
 * The cases: 3% complaints, 1% denunciations, 6% petitions, 40% civil status, 50% certification, received
 * uniformly over three years. Complaints...: 5% refused, 3% transferred, the rest accepted 1-10 days later,
 * then resolved (85%), withdrawn (4%), terminated (2%) 5-60 days after acceptance or still open; due 30
 * days after acceptance. HT/CT: finished 0-5 days after receipt (1% still open), due 0-3 days after receipt.
 */
async function seedCases(client: pg.Client, firstDay: string, offset: number): Promise<void> {
  await client.query(`SELECT setseed(${offset === 0 ? 0.42 : 0.24})`);
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS units AS
    SELECT id, row_number() OVER (ORDER BY code) AS n FROM unit WHERE level <> 'province'`);
  // Triggers off for the bulk load; the summary is rebuilt from the cases and events afterwards.
  await client.query(`ALTER TABLE citizen_case DISABLE TRIGGER tr_case_stat_case`);
  await client.query(`ALTER TABLE case_event DISABLE TRIGGER tr_case_stat_event`);
  await client.query(
    `INSERT INTO citizen_case (code, kind, procedure, status, channel, subject, content, search_text, unit_id,
       created_by, received_at, accepted_at, finished_at, resolved_at, outcome, resolution_due, due_date,
       on_time, tracking_pin_hash)
     WITH r AS (
       SELECT i, random() AS rk, random() AS rs, random() AS ra, random() AS rr, random() AS rd,
              1 + floor(random() * (SELECT count(*) FROM units))::int AS un,
              ($3::date + time '07:30')::timestamp AT TIME ZONE '${TZ}' + floor(random() * 1095) * interval '1 day'
                + random() * interval '9 hours' AS received_at
       FROM generate_series($2::int + 1, $2::int + $1::int) i
     ), k AS (
       SELECT r.*, CASE WHEN rk < 0.03 THEN 'complaint' WHEN rk < 0.04 THEN 'denunciation'
                        WHEN rk < 0.10 THEN 'petition' WHEN rk < 0.50 THEN 'civil_status'
                        ELSE 'certification' END AS kind
       FROM r
     ), s AS (
       SELECT k.*, kind IN ('complaint', 'denunciation', 'petition') AS inv,
              CASE WHEN kind IN ('complaint', 'denunciation', 'petition') THEN
                CASE WHEN rs < 0.05 THEN 'rejected' WHEN rs < 0.08 THEN 'transferred'
                     WHEN rs < 0.93 THEN 'resolved' WHEN rs < 0.97 THEN 'withdrawn'
                     WHEN rs < 0.99 THEN 'terminated' ELSE 'in_progress' END
              ELSE CASE WHEN rs < 0.96 THEN 'resolved' WHEN rs < 0.98 THEN 'withdrawn'
                        WHEN rs < 0.99 THEN 'terminated' ELSE 'in_progress' END END AS status
       FROM k
     ), d AS (
       SELECT s.*,
              CASE WHEN inv AND status NOT IN ('rejected', 'transferred')
                   THEN received_at + (1 + floor(ra * 10)) * interval '1 day' END AS accepted_at
       FROM s
     ), e AS (
       SELECT d.*,
              CASE WHEN status IN ('resolved', 'withdrawn', 'terminated') THEN
                CASE WHEN inv THEN accepted_at + (5 + floor(rr * 56)) * interval '1 day'
                     ELSE received_at + floor(rr * rr * 6) * interval '1 day' + interval '30 minutes' END
              END AS resolved_at,
              CASE WHEN inv THEN ((accepted_at AT TIME ZONE '${TZ}')::date + 30)
                   ELSE ((received_at AT TIME ZONE '${TZ}')::date + floor(rd * 4)::int) END AS resolution_due
       FROM d
     )
     SELECT left(upper(left(kind, 2)) || '-' || i, 20), kind, NULL, status, 'in_person', 'Bench', 'Bench', 'bench',
            u.id, '00000000-0000-4000-8000-00000000aaaa', received_at, accepted_at,
            CASE WHEN status IN ('rejected', 'transferred') THEN received_at + interval '3 days' ELSE resolved_at END,
            resolved_at, NULL, resolution_due,
            CASE WHEN resolved_at IS NULL AND status = 'in_progress' THEN resolution_due END,
            CASE WHEN resolved_at IS NOT NULL THEN (resolved_at AT TIME ZONE '${TZ}')::date <= resolution_due END,
            'x'
     FROM e JOIN units u ON u.n = e.un`,
    [CASES, offset, firstDay],
  );
  // Each event carries the due date it left running (the report reads the one in force at a period's end).
  await client.query(
    `INSERT INTO case_event (case_id, type, occurred_at, to_status, due_date)
    WITH n AS (SELECT * FROM citizen_case
               WHERE received_at >= $1::date - 1 AND received_at < $1::date + 1096)
    SELECT id, 'intake', received_at, CASE WHEN kind IN ('civil_status', 'certification') THEN 'in_progress' ELSE 'received' END,
           CASE WHEN kind IN ('civil_status', 'certification') THEN resolution_due END FROM n
    UNION ALL SELECT id, 'accept', accepted_at, 'in_progress', resolution_due FROM n WHERE accepted_at IS NOT NULL
    UNION ALL SELECT id, CASE status WHEN 'resolved' THEN 'resolve' WHEN 'withdrawn' THEN 'withdraw'
                         WHEN 'terminated' THEN 'terminate' WHEN 'rejected' THEN 'reject' ELSE 'transfer' END,
                     finished_at, status, NULL FROM n WHERE finished_at IS NOT NULL`,
    [firstDay],
  );
  await client.query(`ALTER TABLE citizen_case ENABLE TRIGGER tr_case_stat_case`);
  await client.query(`ALTER TABLE case_event ENABLE TRIGGER tr_case_stat_event`);
  const started = performance.now();
  await client.query(`SELECT case_stat_rebuild()`);
  console.log(`summary rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // As autovacuum leaves a table at rest: statistics and the visibility map (index-only scans), for both sides.
  await client.query(`VACUUM ANALYZE`);
}

/** The plainest SQL that reads the same cases: one count per kind, nothing computed per bucket. */
function plainSql(period: ReportPeriod, scope: ReportScope): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, TZ, params);
  const sql = `SELECT c.kind, count(*)::int AS n FROM citizen_case c
    WHERE ${unitScopeSql(scope, params, 'c.unit_id')} AND ${inPeriodSql(bounds)} GROUP BY c.kind`;
  return { sql, params: params.values };
}

/**
 * The median time of each of `api` (the statistics call and the service call, taken in turns so that both meet
 * the same moments of the machine's load), then of `plain`. Each after a warm-up: the plain scan reads the
 * whole table and would leave a cold cache to whatever ran right after it.
 */
async function medians(api: (() => Promise<unknown>)[], plain: () => Promise<unknown>): Promise<number[]> {
  const median = (t: number[]): number => t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
  const timed = async (run: () => Promise<unknown>): Promise<number> => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  for (const run of api) {
    await run();
  }
  const times: number[][] = api.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, run] of api.entries()) {
      times[j].push(await timed(run));
    }
  }
  await plain();
  const plainTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    plainTimes.push(await timed(plain));
  }
  return [...times.map(median), median(plainTimes)];
}

const plainRun =
  (client: pg.Client, query: { sql: string; params: unknown[] }): (() => Promise<unknown>) =>
  () =>
    client.query(query.sql, query.params);

type Counts = Partial<Record<string, Record<string, number>>>;

/** The figures counted from the dated events of every case (the report's SQL before the summary). */
async function fromEvents(client: pg.Client, periods: ReportPeriod[], scope: ReportScope): Promise<Counts[]> {
  const q = resolutionSeriesSql(periods, scope, TZ);
  const rows = (await client.query<SeriesCountsRow>(q.sql, q.params)).rows;
  return periods.map((_, i) =>
    Object.fromEntries(
      rows.filter((r) => r.idx === i + 1).map(({ idx: _idx, kind, ...counts }) => [kind, { ...counts }]),
    ),
  );
}

/** The report's rows as the API builds them from counts. */
const rowsOf = (counts: Counts): ResolutionRow[] => buildResolutionRows(counts);

const same = (a: unknown, b: unknown): boolean => {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

const ms = (n: number): string => `${n.toFixed(1).padStart(8)} ms`;
const load = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

const PERIODS: [string, ReportPeriod][] = [
  ['year 2024', { from: '2024-01-01', to: '2024-12-31' }],
  ['quarter 2024-Q2', { from: '2024-04-01', to: '2024-06-30' }],
  ['month 2024-06', { from: '2024-06-01', to: '2024-06-30' }],
  ['official month 06/2024', { from: '2024-05-15', to: '2024-06-14' }],
  ['official year 2024', { from: '2023-12-15', to: '2024-12-14' }],
];

/** A scope as the API gets it (`unitId`, read by an administrator) and as SQL sees it. */
interface Scope {
  name: string;
  unitId?: string;
  scope: ReportScope;
}

const ADMIN: AuthUser = {
  id: '00000000-0000-4000-8000-00000000aaaa',
  username: 'bench',
  fullName: 'Bench',
  role: 'admin',
  unitId: null,
  unitPath: null,
};

/** The service's time of each line, per history loaded (three years, six years). */
const results: Map<string, number>[] = [];

/**
 * One line: the statistics call (CaseStatisticsService, what reads the data), the whole service call behind
 * the endpoint (scope, statistics, rows, reconciliation), the plain scan, the ratios of both to the plain scan,
 * and whether the figures are those of the events.
 */
function line(name: string, [stats, service, plain]: number[], events: number | null, ok: boolean): void {
  results[results.length - 1].set(name, service);
  console.log(
    `${name.padEnd(56)}${ms(stats)}${ms(service)}${ms(plain)}${(stats / plain).toFixed(3).padStart(7)}` +
      `${(service / plain).toFixed(3).padStart(7)}${events === null ? ' '.repeat(11) : ms(events)}  ` +
      `${ok ? 'figures match' : 'FIGURES DIFFER'}`,
  );
}

/** The services behind the endpoints (ReportsService: GET /reports/resolution, /monthly, /cases), no HTTP. */
async function measure(
  client: pg.Client,
  { statistics, reports }: { statistics: CaseStatisticsService; reports: ReportsService },
  scopes: Scope[],
  label: string,
): Promise<void> {
  results.push(new Map());
  console.log(`\n== ${label}: the API's services vs the plain SQL scan of the same rows (load ${load()}) ==`);
  console.log(
    `${'report'.padEnd(56)}  statistics     service   plain SQL  ratio  ratio  from events  figures match\n` +
      `${''.padEnd(56)}                                      (stat.) (serv.)`,
  );
  for (const [periodName, period] of PERIODS) {
    for (const s of scopes) {
      const q = { ...period, unitId: s.unitId } as ResolutionReportQuery;
      const report = await reports.resolution(ADMIN, q);
      const times = await medians(
        [() => statistics.countPeriod(period, s.scope), () => reports.resolution(ADMIN, q)],
        plainRun(client, plainSql(period, s.scope)),
      );
      const started = performance.now();
      const [events] = await fromEvents(client, [period], s.scope);
      const eventsMs = performance.now() - started;
      line(`${periodName}, ${s.name}`, times, eventsMs, same(report.rows, rowsOf(events)));
    }
  }
  // What the leaders' dashboard chart asks (GET /reports/resolution/monthly): twelve months and the year, in
  // one call; the plain scan reads the cases of the whole span.
  for (const scheme of ['calendar', 'official'] as const) {
    for (const s of scopes.slice(0, 2)) {
      const q = { year: 2024, periods: scheme, cutoffDay: 15, unitId: s.unitId } as MonthlyReportQuery;
      const report = await reports.monthly(ADMIN, q);
      const periods = [...report.months, report.total].map(({ from, to }) => ({ from, to }));
      const times = await medians(
        [() => statistics.countPeriods(periods, s.scope), () => reports.monthly(ADMIN, q)],
        plainRun(client, plainSql(report.total, s.scope)),
      );
      const started = performance.now();
      const events = await fromEvents(client, [...report.months, report.total], s.scope);
      const eventsMs = performance.now() - started;
      const ok =
        same(
          report.months.map((m) => m.rows),
          events.slice(0, 12).map(rowsOf),
        ) && same(report.total.rows, rowsOf(events[12]));
      line(`12 months + year (${scheme}), ${s.name}`, times, eventsMs, ok);
    }
  }
  // The drill-down (GET /reports/resolution/cases): its first page and total, against the plainest SQL that
  // lists the same cases in the same order and counts them; the page and the total must be the plain SQL's.
  const drills: [string, Pick<ResolutionCasesQuery, 'kind' | 'bucket' | 'from' | 'to'>, Scope][] = [
    [
      'overdue complaints+denunciations 2024',
      { kind: 'complaint_denunciation', bucket: 'overdue', ...PERIODS[0][1] },
      scopes[0],
    ],
    ['accepted petitions 2024-Q2', { kind: 'petition', bucket: 'accepted', ...PERIODS[1][1] }, scopes[0]],
    [
      'resolved certifications 2024-06',
      { kind: 'certification', bucket: 'resolved', ...PERIODS[2][1] },
      scopes[1],
    ],
    [
      'carried over complaints 2024',
      { kind: 'complaint', bucket: 'carried_over', ...PERIODS[0][1] },
      scopes[0],
    ],
    [
      'pending civil status 06/2024 official',
      { kind: 'civil_status', bucket: 'pending', ...PERIODS[3][1] },
      scopes[2],
    ],
  ];
  for (const [name, drill, s] of drills) {
    const q = { ...drill, unitId: s.unitId, page: 1, limit: 20 } as ResolutionCasesQuery;
    const page = await reports.cases(ADMIN, q);
    const plain = plainListSql(q, s.scope);
    const kinds = q.kind === 'complaint_denunciation' ? (['complaint', 'denunciation'] as const) : [q.kind];
    const times = await medians(
      [
        () =>
          statistics.listCases(kinds, isInvestigationKind(q.kind), q.bucket, q, s.scope, {
            limit: 20,
            offset: 0,
          }),
        () => reports.cases(ADMIN, q),
      ],
      () => Promise.all([client.query(plain.list), client.query(plain.count)]),
    );
    const [list, count] = await Promise.all([
      client.query<{ id: string }>(plain.list),
      client.query<{ total: number }>(plain.count),
    ]);
    const ok =
      page.items.length > 0 &&
      same(
        page.items.map((c) => c.id),
        list.rows.map((r) => r.id),
      ) &&
      page.total === count.rows[0].total;
    line(`drill-down page 1, ${name}, ${s.name}`, times, null, ok);
  }
}

/**
 * The plainest SQL behind a drill-down page: the cases of the bucket (the report's own definitions), sorted
 * and limited, and their count; no index-shaped rewriting, no summary.
 */
function plainListSql(
  q: ResolutionCasesQuery,
  scope: ReportScope,
): { list: pg.QueryConfig; count: pg.QueryConfig } {
  const params = new SqlParams();
  const bounds = periodBounds(q, TZ, params);
  const kinds = q.kind === 'complaint_denunciation' ? ['complaint', 'denunciation'] : [q.kind];
  const where = `${unitScopeSql(scope, params, 'c.unit_id')} AND c.kind = ANY(${params.add(kinds)}::text[])
    AND ${inPeriodSql(bounds)} AND ${bucketSql(q.bucket, isInvestigationKind(q.kind), bounds)}`;
  return {
    list: {
      text: `SELECT c.id FROM citizen_case c WHERE ${where}
        ORDER BY COALESCE(c.accepted_at, c.received_at), c.code LIMIT 20`,
      values: params.values,
    },
    count: {
      text: `SELECT count(*)::int AS total FROM citizen_case c WHERE ${where}`,
      values: params.values,
    },
  };
}

async function main(): Promise<void> {
  const base = new URL(loadDatabaseUrl());
  const keep = process.env.BENCH_DB;
  base.pathname = `/${keep ?? `cc_bench_reports_${randomBytes(4).toString('hex')}`}`;
  const url = base.toString();
  const reuse = keep !== undefined && (await databaseExists(url));
  await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
  let dataSource: DataSource | undefined;
  try {
    await runMigrations(url);
    await client.connect();
    let started = performance.now();
    const count = async (): Promise<string> => {
      const seeded = (await client.query(`SELECT count(*)::int AS n FROM citizen_case`)).rows[0].n;
      const events = (await client.query(`SELECT count(*)::int AS n FROM case_event`)).rows[0].n;
      const rows = (await client.query(`SELECT count(*)::int AS n FROM case_stat`)).rows[0].n;
      return `${seeded} cases, ${events} events, ${rows} summary rows`;
    };
    let sixYears = false;
    if (reuse) {
      sixYears =
        (await client.query(`SELECT 1 FROM citizen_case WHERE received_at < '2022-12-31' LIMIT 1`))
          .rowCount! > 0;
      console.log(`reusing ${keep}: ${await count()}`);
    } else {
      await seedUnits(client);
      await seedCases(client, '2023-01-01', 0);
      console.log(`seeded ${await count()} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const { rows: units } = await client.query<{ id: string; path: string }>(
      `SELECT id, path FROM unit WHERE code IN ('D1', 'D1W1') ORDER BY code`,
    );
    const scopes: Scope[] = [
      { name: 'whole city', scope: { kind: 'all' } },
      { name: 'district tree', unitId: units[0].id, scope: { kind: 'tree', path: units[0].path } },
      { name: 'ward', unitId: units[1].id, scope: { kind: 'tree', path: units[1].path } },
    ];
    dataSource = createDataSource(url, 4);
    await dataSource.initialize();
    const statistics = new CaseStatisticsService(dataSource, { businessTimeZone: TZ } as AppConfig);
    const api = { statistics, reports: new ReportsService(new ReportScopeService(dataSource), statistics) };
    if (!sixYears) {
      await measure(client, api, scopes, 'three years (2023-2025)');
    }
    if (process.env.BENCH_SIX_YEARS !== '0') {
      if (!sixYears) {
        started = performance.now();
        await seedCases(client, '2020-01-01', CASES);
        console.log(
          `\nseeded 2020-2022 too: ${await count()} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      await measure(client, api, scopes, 'six years (2020-2025), same periods');
    }
    if (results.length === 2) {
      console.log('\n== the same reports with three and with six years loaded (the service, median) ==');
      for (const [name, three] of results[0]) {
        const six = results[1].get(name)!;
        console.log(`${name.padEnd(58)}${ms(three)}${ms(six)}${(six / three).toFixed(2).padStart(8)}`);
      }
    }
    console.log(`\nload average at the end: ${load()}`);
  } finally {
    await client.end().catch(() => undefined);
    await dataSource?.destroy();
    if (keep === undefined) {
      await dropDatabase(url);
    }
  }
}

await main();
