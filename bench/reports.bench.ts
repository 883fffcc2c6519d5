/**
 * Resolution report timing: seeds 1,000,000 cases over 2023-2025 (with their intake, acceptance and
 * resolution events) straight into a scratch database with generate_series, then times the median of the
 * yearly (2024) and a monthly (June 2024) resolution report for one district's unit tree and for the whole
 * city, using the service's SQL, beside the plainest SQL that counts the same rows, and prints the ratio.
 * The scratch database is dropped at the end.
 *
 *   npm run bench:reports
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadDatabaseUrl } from '../src/config/config.js';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import type { ReportPeriod } from '../src/reports/domain/report-periods.js';
import {
  inPeriodSql,
  periodBounds,
  type ReportScope,
  resolutionReportSql,
  resolutionSeriesSql,
  scopeSql,
  SqlParams,
} from '../src/reports/resolution-sql.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const RUNS = 7;
const TZ = 'Asia/Ho_Chi_Minh';

/** 1 city, 5 districts, 10 wards each; cases go to the wards and districts. */
async function seedUnits(client: pg.Client): Promise<{ districtPath: string }> {
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
  const { rows } = await client.query<{ path: string }>(`SELECT path FROM unit WHERE code = 'D1'`);
  return { districtPath: rows[0].path };
}

/**
 * The cases: 3% complaints, 1% denunciations, 6% petitions, 40% civil status, 50% certification, received
 * uniformly over three years. Complaints...: 5% refused, 3% transferred, the rest accepted 1-10 days later,
 * then resolved (85%), withdrawn (4%), terminated (2%) 5-60 days after acceptance or still open; due 30
 * days after acceptance. HT/CT: finished 0-5 days after receipt (1% still open), due 0-3 days after receipt.
 */
async function seedCases(client: pg.Client): Promise<void> {
  await client.query(`SELECT setseed(0.42)`);
  await client.query(`CREATE TEMP TABLE units AS
    SELECT id, row_number() OVER (ORDER BY code) AS n FROM unit WHERE level <> 'province'`);
  await client.query(
    `INSERT INTO citizen_case (code, kind, procedure, status, channel, subject, content, search_text, unit_id,
       created_by, received_at, accepted_at, finished_at, resolved_at, outcome, resolution_due, due_date,
       on_time, tracking_pin_hash)
     WITH r AS (
       SELECT i, random() AS rk, random() AS rs, random() AS ra, random() AS rr, random() AS rd,
              1 + floor(random() * (SELECT count(*) FROM units))::int AS un,
              timestamptz '2023-01-01 07:30+07' + floor(random() * 1095) * interval '1 day'
                + random() * interval '9 hours' AS received_at
       FROM generate_series(1, $1::int) i
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
    [CASES],
  );
  // Each event carries the due date it left running (the report reads the one in force at a period's end).
  await client.query(`INSERT INTO case_event (case_id, type, occurred_at, to_status, due_date)
    SELECT id, 'intake', received_at, CASE WHEN kind IN ('civil_status', 'certification') THEN 'in_progress' ELSE 'received' END,
           CASE WHEN kind IN ('civil_status', 'certification') THEN resolution_due END FROM citizen_case
    UNION ALL SELECT id, 'accept', accepted_at, 'in_progress', resolution_due FROM citizen_case WHERE accepted_at IS NOT NULL
    UNION ALL SELECT id, CASE status WHEN 'resolved' THEN 'resolve' WHEN 'withdrawn' THEN 'withdraw'
                         WHEN 'terminated' THEN 'terminate' WHEN 'rejected' THEN 'reject' ELSE 'transfer' END,
                     finished_at, status, NULL FROM citizen_case WHERE finished_at IS NOT NULL`);
  await client.query(`ANALYZE`);
}

/** The plainest SQL that reads the same cases: one count per kind, nothing computed per bucket. */
function plainSql(period: ReportPeriod, scope: ReportScope): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, TZ, params);
  const sql = `SELECT c.kind, count(*)::int AS n FROM citizen_case c
    WHERE ${scopeSql(scope, params)} AND ${inPeriodSql(bounds)} GROUP BY c.kind`;
  return { sql, params: params.values };
}

async function median(client: pg.Client, query: { sql: string; params: unknown[] }): Promise<number> {
  await client.query(query.sql, query.params);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await client.query(query.sql, query.params);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The report's totals must be the plain counts: complaints... total; HT/CT finished + still open. */
async function crossCheck(client: pg.Client, period: ReportPeriod, scope: ReportScope): Promise<boolean> {
  const report = await client.query(
    resolutionReportSql(period, scope, TZ).sql,
    resolutionReportSql(period, scope, TZ).params,
  );
  const plain = plainSql(period, scope);
  const counts = new Map((await client.query(plain.sql, plain.params)).rows.map((r) => [r.kind, r.n]));
  return report.rows.every((r) =>
    ['civil_status', 'certification'].includes(r.kind)
      ? r.total + r.pending === counts.get(r.kind)
      : r.total === counts.get(r.kind),
  );
}

async function main(): Promise<void> {
  const base = new URL(loadDatabaseUrl());
  base.pathname = `/cc_bench_reports_${randomBytes(4).toString('hex')}`;
  const url = base.toString();
  await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
  try {
    await runMigrations(url);
    await client.connect();
    let started = performance.now();
    const { districtPath } = await seedUnits(client);
    await seedCases(client);
    const seeded = (await client.query(`SELECT count(*)::int AS n FROM citizen_case`)).rows[0].n;
    const events = (await client.query(`SELECT count(*)::int AS n FROM case_event`)).rows[0].n;
    console.log(
      `seeded ${seeded} cases and ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const periods: [string, ReportPeriod][] = [
      ['yearly 2024', { from: '2024-01-01', to: '2024-12-31' }],
      ['monthly 2024-06', { from: '2024-06-01', to: '2024-06-30' }],
    ];
    const scopes: [string, ReportScope][] = [
      ['district tree', { kind: 'tree', path: districtPath }],
      ['whole city', { kind: 'all' }],
    ];
    console.log('\nreport                          service SQL   plain SQL   ratio   figures match');
    for (const [periodName, period] of periods) {
      for (const [scopeName, scope] of scopes) {
        const service = await median(client, resolutionReportSql(period, scope, TZ));
        const plain = await median(client, plainSql(period, scope));
        const ok = await crossCheck(client, period, scope);
        console.log(
          `${`${periodName}, ${scopeName}`.padEnd(32)}${service.toFixed(1).padStart(8)} ms${plain.toFixed(1).padStart(9)} ms` +
            `${(service / plain).toFixed(2).padStart(8)}   ${ok ? 'yes' : 'NO'}`,
        );
      }
    }
    started = performance.now();
    const months = Array.from({ length: 12 }, (_, i) => ({
      from: `2024-${String(i + 1).padStart(2, '0')}-01`,
      to: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10),
    }));
    const series = await median(
      client,
      resolutionSeriesSql([...months, { from: '2024-01-01', to: '2024-12-31' }], { kind: 'all' }, TZ),
    );
    console.log(
      `\n/monthly (12 months + year, one statement), whole city: ${series.toFixed(1)} ms (median of ${RUNS})`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await dropDatabase(url);
  }
}

await main();
