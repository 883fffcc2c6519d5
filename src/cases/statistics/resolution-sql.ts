import { SqlParams } from '../../database/sql-params.js';
import { type UnitScope, unitScopeSql } from '../../units/unit-scope-sql.js';
import { ADMINISTRATIVE_KINDS } from '../domain/case-kind.js';
import {
  COUNT_COLUMNS,
  INVESTIGATION_KINDS,
  type ResolutionBucket,
  type ResolutionCounts,
  type StatisticsPeriod,
  type StoredReportKind,
} from './statistics-types.js';

/**
 * The SQL of the resolution report (DOMAIN.md 12.7), counted as of the end of the period from the dated
 * facts of each case (`accepted_at`, `resolved_at`, `received_at`: when it happened on paper).
 *
 * A period `[from, to]` of business dates in the business time zone becomes the instants
 * `f = from 00:00` and `t = (to + 1) 00:00` local time: `ts >= f AND ts < t` is exactly
 * `(ts AT TIME ZONE tz)::date BETWEEN from AND to`, and compares the stored column directly (indexable).
 * `d` is the period's last business date, against which a deadline date `D` ("by the end of D") had passed
 * at the end of the period when `D < d`.
 */

/** SQL expressions for the period's bounds (`f`, `t` timestamptz; `d` date). */
export interface PeriodBounds {
  f: string;
  t: string;
  d: string;
}

const list = (kinds: readonly string[]): string => kinds.map((k) => `'${k}'`).join(', ');
const INVESTIGATION = `c.kind IN (${list(INVESTIGATION_KINDS)})`;
const ADMINISTRATIVE = `c.kind IN (${list(ADMINISTRATIVE_KINDS)})`;

/** The period's bounds as parameters (computed once per statement by PostgreSQL, so indexes apply). */
export function periodBounds(period: StatisticsPeriod, timeZone: string, params: SqlParams): PeriodBounds {
  const tz = params.add(timeZone);
  const from = params.add(period.from);
  const to = params.add(period.to);
  return {
    f: `((${from}::date)::timestamp AT TIME ZONE ${tz})`,
    t: `((${to}::date + 1)::timestamp AT TIME ZONE ${tz})`,
    d: `(${to}::date)`,
  };
}

/**
 * Every case the period's figures are made of: a complaint, denunciation or petition accepted before the end
 * of the period and not resolved before its start; a civil status or certification request received before
 * the end and not finished before the start. Refused and transferred cases were never accepted; a complaint
 * withdrawn before thụ lý neither: none of them counts.
 */
export function inPeriodSql({ f, t }: PeriodBounds): string {
  return (
    `COALESCE(c.resolved_at, 'infinity'::timestamptz) >= ${f} AND (` +
    `(${INVESTIGATION} AND c.accepted_at < ${t}) OR (${ADMINISTRATIVE} AND c.received_at < ${t}))`
  );
}

/** The condition of one bucket, among the cases of `inPeriodSql`, for one class of kinds. */
export function bucketSql(
  bucket: ResolutionBucket,
  investigation: boolean,
  { f, t, d }: PeriodBounds,
): string {
  const resolved = `c.resolved_at < ${t}`;
  const pending = `COALESCE(c.resolved_at, 'infinity'::timestamptz) >= ${t}`;
  switch (bucket) {
    case 'carried_over':
      return investigation ? `c.accepted_at < ${f}` : 'FALSE';
    case 'accepted':
      return investigation ? `c.accepted_at >= ${f}` : 'FALSE';
    case 'total':
      // Complaints...: carried over + accepted. HT/CT: the requests finished in the period.
      return investigation ? 'TRUE' : resolved;
    case 'resolved':
      return resolved;
    case 'withdrawn':
      return `${resolved} AND c.status = 'withdrawn'`;
    case 'terminated':
      return `${resolved} AND c.status = 'terminated'`;
    case 'resolved_on_time':
      return `${resolved} AND c.on_time IS TRUE`;
    case 'pending':
      return pending;
    case 'overdue':
      // The due date in force at the end of the period: the one the last event before the end left running
      // (a later extension or calendar edit does not change a closed period). NULL while suspended.
      return (
        `${pending} AND (SELECT e.due_date FROM case_event e WHERE e.case_id = c.id AND e.occurred_at < ${t} ` +
        `ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) < ${d}`
      );
  }
}

/** `count(*) FILTER (...)` per bucket, choosing the kind class per row (one statement, one scan). */
export function countColumnsSql(bounds: PeriodBounds): string {
  return Object.entries(COUNT_COLUMNS)
    .map(([column, bucket]) => {
      const inv = bucketSql(bucket, true, bounds);
      const adm = bucketSql(bucket, false, bounds);
      const condition = inv === adm ? inv : `CASE WHEN ${INVESTIGATION} THEN ${inv} ELSE ${adm} END`;
      return `count(*) FILTER (WHERE ${condition})::int AS "${column}"`;
    })
    .join(',\n  ');
}

export interface CountsRow extends ResolutionCounts {
  kind: StoredReportKind;
}

/** The counts of one period, per stored kind. */
export function resolutionReportSql(
  period: StatisticsPeriod,
  scope: UnitScope,
  timeZone: string,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, timeZone, params);
  const sql = `SELECT c.kind,
  ${countColumnsSql(bounds)}
FROM citizen_case c
WHERE ${unitScopeSql(scope, params, 'c.unit_id')} AND ${inPeriodSql(bounds)}
GROUP BY c.kind`;
  return { sql, params: params.values };
}

export interface SeriesCountsRow extends CountsRow {
  idx: number;
}

/**
 * The counts of several periods in one statement: the periods are a set joined to the cases (each case
 * counts in every period it belongs to), grouped by period index (1-based, in the given order) and kind.
 * `only` narrows the cases (an SQL condition on `c`).
 */
export function resolutionSeriesSql(
  periods: StatisticsPeriod[],
  scope: UnitScope,
  timeZone: string,
  only = 'TRUE',
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const tz = params.add(timeZone);
  const froms = params.add(periods.map((p) => p.from));
  const tos = params.add(periods.map((p) => p.to));
  const bounds: PeriodBounds = { f: 'p.f', t: 'p.t', d: 'p.d' };
  // The whole span first, so that the scan reads only the cases of some period.
  const span: PeriodBounds = {
    f: `((SELECT min(x) FROM unnest(${froms}::date[]) x)::timestamp AT TIME ZONE ${tz})`,
    t: `((SELECT max(x) FROM unnest(${tos}::date[]) x) + 1)::timestamp AT TIME ZONE ${tz}`,
    d: 'NULL',
  };
  const sql = `WITH p AS MATERIALIZED (
  SELECT q.idx::int AS idx, (q.from_date::timestamp AT TIME ZONE ${tz}) AS f,
         ((q.to_date + 1)::timestamp AT TIME ZONE ${tz}) AS t, q.to_date AS d
  FROM unnest(${froms}::date[], ${tos}::date[]) WITH ORDINALITY AS q(from_date, to_date, idx)
), c AS MATERIALIZED (
  SELECT c.id, c.kind, c.status, c.received_at, c.accepted_at, c.resolved_at, c.on_time
  FROM citizen_case c
  WHERE ${unitScopeSql(scope, params, 'c.unit_id')} AND ${inPeriodSql(span)} AND ${only}
)
SELECT p.idx, c.kind,
  ${countColumnsSql(bounds)}
FROM p JOIN c ON ${inPeriodSql(bounds)}
GROUP BY p.idx, c.kind`;
  return { sql, params: params.values };
}

/**
 * The cases that may count at all (ix_citizen_case_report_open's predicate): a complaint, denunciation or
 * petition never accepted (refused, transferred, withdrawn before thụ lý) is in no report, and would otherwise
 * stay "open" in the span index for ever, more of them every year.
 */
const COUNTED = `(c.accepted_at IS NOT NULL OR c.kind IN ('civil_status', 'certification'))`;

/** The order of the drill-down list: thụ lý, else receipt (the expression of ix_citizen_case_report_start). */
const CASE_START = 'COALESCE(c.accepted_at, c.received_at)';
/**
 * `(start, end]` of a case (end NULL: still open; empty if it ended before it started): `@> f` is
 * `start < f <= end`. The expression of ix_citizen_case_report_span (with the kind and unit, for `COUNTED` cases).
 */
const CASE_SPAN =
  "tstzrange(COALESCE(c.accepted_at, c.received_at), CASE WHEN c.resolved_at IS NOT NULL THEN GREATEST(c.resolved_at, COALESCE(c.accepted_at, c.received_at)) END, '(]')";

/** Whether every case of the bucket ended within the period (`bucketSql`: resolved before its end). */
function endsInPeriod(bucket: ResolutionBucket, investigation: boolean): boolean {
  return (
    bucket === 'resolved' ||
    bucket === 'withdrawn' ||
    bucket === 'terminated' ||
    bucket === 'resolved_on_time' ||
    (bucket === 'total' && !investigation)
  );
}

/** The cases behind one number: the kinds of the row, its bucket, paged; and how many there are. */
export function resolutionCasesSql(
  kinds: readonly StoredReportKind[],
  investigation: boolean,
  bucket: ResolutionBucket,
  period: StatisticsPeriod,
  scope: UnitScope,
  timeZone: string,
  page: { limit: number; offset: number },
): { list: string; count: string; listParams: unknown[]; countParams: unknown[] } {
  const params = new SqlParams();
  const bounds = periodBounds(period, timeZone, params);
  const kindList = params.add(kinds);
  const ofBucket = `c.kind = ANY(${kindList}::text[])
  AND ${inPeriodSql(bounds)} AND ${bucketSql(bucket, investigation, bounds)}`;
  const where = `${unitScopeSql(scope, params, 'c.unit_id')} AND ${ofBucket}`;
  const count = `SELECT count(*)::int AS total FROM citizen_case c WHERE ${where}`;
  const countParams = [...params.values];
  const columns = `c.id, c.code, c.kind, c.status, c.unit_id AS "unitId", c.received_at AS "receivedAt",
  c.accepted_at AS "acceptedAt", c.resolved_at AS "resolvedAt", to_char(c.resolution_due, 'YYYY-MM-DD') AS "dueDate",
  c.on_time AS "onTime", ${CASE_START} AS start`;
  const first = params.add(page.limit + page.offset);
  const part = (condition: string): string =>
    `(SELECT ${columns} FROM citizen_case c WHERE ${where} AND ${condition}
       ORDER BY ${CASE_START}, c.code LIMIT ${first})`;
  // The open cases found first, by the scope's units, then sorted (OFFSET 0: not an ordered walk of every case
  // filtered by span).
  const open = (at: string): string =>
    `(SELECT * FROM (SELECT ${columns} FROM citizen_case c
         WHERE ${where} AND ${COUNTED} AND ${CASE_SPAN} @> ${at} OFFSET 0) o
       ORDER BY start, code LIMIT ${first})`;
  // Those of a bucket that ended within the period and started before it, unit by unit by their resolution
  // (ix_citizen_case_report_end): not among every case open at the period's start, which holds every case ever
  // left open and grows with the history.
  const endedSince = (at: string): string =>
    `(SELECT * FROM (SELECT x.* FROM unit ru CROSS JOIN LATERAL (SELECT ${columns} FROM citizen_case c
         WHERE c.unit_id = ru.id AND ${ofBucket} AND c.resolved_at >= ${at} AND ${CASE_START} < ${at} OFFSET 0) x
         WHERE ${unitScopeSql(scope, params, 'ru.id')}) o
       ORDER BY start, code LIMIT ${first})`;
  // The cases open at an instant are an interval probe (ix_citizen_case_report_span): those carried over are
  // the ones open at the period's start, the pending and overdue ones are open at its end. The cases that
  // started within the period are an ordered walk (ix_citizen_case_report_start). Any other case of the period
  // is one or the other, and all the first come before all the second in the list's order.
  const startedBefore = endsInPeriod(bucket, investigation) ? endedSince(bounds.f) : open(bounds.f);
  const parts =
    bucket === 'carried_over'
      ? [open(bounds.f)]
      : bucket === 'pending' || bucket === 'overdue'
        ? [open(bounds.t)]
        : bucket === 'accepted'
          ? [part(`${CASE_START} >= ${bounds.f}`)]
          : [startedBefore, part(`${CASE_START} >= ${bounds.f}`)];
  const list = `SELECT id, code, kind, status, "unitId", "receivedAt", "acceptedAt", "resolvedAt", "dueDate", "onTime"
FROM (${parts.join('\n  UNION ALL\n  ')}) x
ORDER BY start, code
LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`;
  return { list, count, listParams: params.values, countParams };
}
