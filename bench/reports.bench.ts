/**
 * Resolution report timing: seeds 1,000,000 cases over 2023-2025 (with their intake, acceptance and
 * resolution events) straight into a scratch database with generate_series (summary triggers off, then the
 * summary rebuilt), then times the median of each period of 2024 (year, quarter, month, official month and
 * year) for the whole city, a district's tree and a ward, as the API computes it (the summary), beside the
 * plainest SQL that counts the same rows, with the ratio; each line checks the figures against the count
 * from the events of every case (`figures match`). Then the twelve months plus the year in one call, the
 * drill-down's first page; then 1,000,000 more cases over 2020-2022 and the same periods again (the cost must
 * not grow with the history). The scratch database is dropped at the end.
 *
 *   npm run bench:reports            (BENCH_CASES=200000, BENCH_SIX_YEARS=0 for a shorter run)
 *
 * BENCH_DB=name keeps the scratch database under that name, and reuses it (no seeding) when it exists already.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadDatabaseUrl } from '../src/config/config.js';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import type { ReportPeriod } from '../src/reports/domain/report-periods.js';
import { monthlyPeriods } from '../src/reports/domain/report-periods.js';
import type { StoredReportKind } from '../src/reports/domain/resolution-rows.js';
import {
  inPeriodSql,
  periodBounds,
  resolutionCasesSql,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from '../src/cases/statistics/resolution-sql.js';
import {
  oddCasesSql,
  summaryReportCounts,
  summaryReportSql,
  type SummaryRow,
} from '../src/cases/statistics/resolution-summary.js';
import type { ResolutionBucket } from '../src/cases/statistics/statistics-types.js';
import { SqlParams } from '../src/database/sql-params.js';
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
const RUNS = 7;
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
  await client.query(`ANALYZE`);
}

/** The plainest SQL that reads the same cases: one count per kind, nothing computed per bucket. */
function plainSql(period: ReportPeriod, scope: ReportScope): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, TZ, params);
  const sql = `SELECT c.kind, count(*)::int AS n FROM citizen_case c
    WHERE ${unitScopeSql(scope, params, 'c.unit_id')} AND ${inPeriodSql(bounds)} GROUP BY c.kind`;
  return { sql, params: params.values };
}

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const median = (client: pg.Client, query: { sql: string; params: unknown[] }): Promise<number> =>
  medianOf(() => client.query(query.sql, query.params));

type Counts = Partial<Record<string, Record<string, number>>>;

/** What the API does (ResolutionReportRepository): the summary's prefix sums plus the odd cases' events. */
async function fromSummary(
  client: pg.Client,
  periods: ReportPeriod[],
  scope: ReportScope,
): Promise<Counts[]> {
  const q = summaryReportSql(periods, scope);
  const { rows } = await client.query<{ summary: SummaryRow[]; odd: boolean }>(q.sql, q.params);
  const odd = rows[0].odd ? oddCasesSql(periods, scope, TZ) : null;
  const oddRows = odd ? (await client.query<SeriesCountsRow>(odd.sql, odd.params)).rows : [];
  return summaryReportCounts(rows[0].summary, oddRows, periods) as Counts[];
}

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

const same = (a: unknown, b: unknown): boolean => {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

const ms = (n: number): string => `${n.toFixed(1).padStart(8)} ms`;

const PERIODS: [string, ReportPeriod][] = [
  ['year 2024', { from: '2024-01-01', to: '2024-12-31' }],
  ['quarter 2024-Q2', { from: '2024-04-01', to: '2024-06-30' }],
  ['month 2024-06', { from: '2024-06-01', to: '2024-06-30' }],
  ['official month 06/2024', { from: '2024-05-15', to: '2024-06-14' }],
  ['official year 2024', { from: '2023-12-15', to: '2024-12-14' }],
];

async function measure(client: pg.Client, scopes: [string, ReportScope][], label: string): Promise<void> {
  console.log(`\n== ${label}: summary (what the API runs) vs the plain SQL scan of the same rows ==`);
  console.log(
    'report                                      summary     plain SQL   ratio   from events   figures match',
  );
  for (const [periodName, period] of PERIODS) {
    for (const [scopeName, scope] of scopes) {
      const summary = await medianOf(() => fromSummary(client, [period], scope));
      const plain = await median(client, plainSql(period, scope));
      const started = performance.now();
      const events = await fromEvents(client, [period], scope);
      const eventsMs = performance.now() - started;
      const ok = same(await fromSummary(client, [period], scope), events);
      console.log(
        `${`${periodName}, ${scopeName}`.padEnd(40)}${ms(summary)}${ms(plain)}${(summary / plain).toFixed(3).padStart(8)}` +
          `${ms(eventsMs)}      ${ok ? 'figures match' : 'FIGURES DIFFER'}`,
      );
    }
  }
  for (const scheme of ['calendar', 'official'] as const) {
    const { months, total } = monthlyPeriods(2024, scheme);
    const periods = [...months.map(({ from, to }) => ({ from, to })), total];
    const series = await medianOf(() => fromSummary(client, periods, { kind: 'all' }));
    const plain = await median(client, plainSql(total, { kind: 'all' }));
    const started = performance.now();
    const events = await fromEvents(client, periods, { kind: 'all' });
    const eventsMs = performance.now() - started;
    const ok = same(await fromSummary(client, periods, { kind: 'all' }), events);
    console.log(
      `${`12 months + year (${scheme}), city`.padEnd(40)}${ms(series)}${ms(plain)}${(series / plain).toFixed(3).padStart(8)}` +
        `${ms(eventsMs)}      ${ok ? 'figures match' : 'FIGURES DIFFER'}`,
    );
  }
  const drills: [string, StoredReportKind[], boolean, ResolutionBucket, ReportPeriod, ReportScope][] = [
    [
      'overdue complaints+denunciations 2024, city',
      ['complaint', 'denunciation'],
      true,
      'overdue',
      PERIODS[0][1],
      { kind: 'all' },
    ],
    ['accepted petitions 2024-Q2, city', ['petition'], true, 'accepted', PERIODS[1][1], { kind: 'all' }],
    [
      'resolved certifications 2024-06, district',
      ['certification'],
      false,
      'resolved',
      PERIODS[2][1],
      scopes[1][1],
    ],
    [
      'carried over complaints 2024, city',
      ['complaint'],
      true,
      'carried_over',
      PERIODS[0][1],
      { kind: 'all' },
    ],
  ];
  for (const [name, kinds, investigation, bucket, period, scope] of drills) {
    const q = resolutionCasesSql(kinds, investigation, bucket, period, scope, TZ, { limit: 20, offset: 0 });
    const first = await medianOf(() =>
      Promise.all([client.query(q.list, q.listParams), fromSummary(client, [period], scope)]),
    );
    console.log(`drill-down first page (20), ${name.padEnd(46)}${ms(first)}`);
  }
}

async function main(): Promise<void> {
  const base = new URL(loadDatabaseUrl());
  const keep = process.env.BENCH_DB;
  base.pathname = `/${keep ?? `cc_bench_reports_${randomBytes(4).toString('hex')}`}`;
  const url = base.toString();
  const reuse = keep !== undefined && (await databaseExists(url));
  await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
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
    let paths: { districtPath: string; wardPath: string };
    let sixYears = false;
    if (reuse) {
      const { rows } = await client.query<{ code: string; path: string }>(
        `SELECT code, path FROM unit WHERE code IN ('D1', 'D1W1') ORDER BY code`,
      );
      paths = { districtPath: rows[0].path, wardPath: rows[1].path };
      sixYears =
        (await client.query(`SELECT 1 FROM citizen_case WHERE received_at < '2022-12-31' LIMIT 1`))
          .rowCount! > 0;
      console.log(`reusing ${keep}: ${await count()}`);
    } else {
      paths = await seedUnits(client);
      await seedCases(client, '2023-01-01', 0);
      console.log(`seeded ${await count()} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const scopes: [string, ReportScope][] = [
      ['whole city', { kind: 'all' }],
      ['district tree', { kind: 'tree', path: paths.districtPath }],
      ['ward', { kind: 'tree', path: paths.wardPath }],
    ];
    if (!sixYears) {
      await measure(client, scopes, 'three years (2023-2025)');
    }
    if (process.env.BENCH_SIX_YEARS !== '0') {
      if (!sixYears) {
        started = performance.now();
        await seedCases(client, '2020-01-01', CASES);
        console.log(
          `\nseeded 2020-2022 too: ${await count()} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      await measure(client, scopes, 'six years (2020-2025), same periods');
    }
  } finally {
    await client.end().catch(() => undefined);
    if (keep === undefined) {
      await dropDatabase(url);
    }
  }
}

await main();
