import type { IsoDate } from '../../calendar/domain/business-date.js';
import { SqlParams } from '../../database/sql-params.js';
import { type UnitScope, unitScopeSql } from '../../units/unit-scope-sql.js';
import { resolutionSeriesSql, type SeriesCountsRow } from './resolution-sql.js';
import {
  type CountsByKind,
  INVESTIGATION_KINDS,
  type ResolutionCounts,
  type StatisticsPeriod,
  type StoredReportKind,
} from './statistics-types.js';

/**
 * The resolution report read from the summary `case_stat` (migration CreateCaseStatistics): each case's
 * contributions as dated deltas, summed per unit, kind and day, month and year. Every figure of a period
 * `[F, T]` is a prefix sum `P(X)` (the deltas dated before X) taken at `F` and at `T + 1`:
 *
 *   accepted = started(T+1) - started(F)           (complaints...; thụ lý in the period)
 *   resolved, withdrawn, terminated, on time: ended...(T+1) - ended...(F)
 *   carried over = started(F) - ended(F)           (complaints...: accepted before F, not resolved before F)
 *   pending = started(T+1) - ended(T+1);  overdue = overdue(T+1)
 *   total = carried over + accepted (complaints...), = resolved (civil status, certification)
 *
 * A prefix at X reads the year rows before X's year, the month rows of X's year before X's month, and within
 * X's month the day rows before X, except that from the 15th on the first half's row (level `h`: the 1st to
 * the 14th, migration AddCaseStatHalfMonth) stands for its fourteen days: a few rows per unit and kind, however
 * long the history, and no more for the official periods (bounded by the 15th) than for calendar ones.
 */

/** The cases the summary leaves to the events (resolved before they started: never written by the API). */
export const ODD_CASES = 'c.id = ANY(ARRAY(SELECT o.case_id FROM case_stat_case o WHERE o.odd))';

interface Deltas {
  started: number;
  ended: number;
  withdrawn: number;
  terminated: number;
  onTime: number;
  overdue: number;
}

export interface SummaryRow extends Deltas {
  level: 'd' | 'h' | 'm' | 'y';
  bucket: IsoDate;
  kind: StoredReportKind;
}

const FIELDS: (keyof Deltas)[] = ['started', 'ended', 'withdrawn', 'terminated', 'onTime', 'overdue'];

/** The day after `date` (ISO dates, UTC arithmetic). */
export function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const monthStart = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;
const yearStart = (date: IsoDate): IsoDate => `${date.slice(0, 4)}-01-01`;
/** The day from which a prefix at `date` reads day rows: the 15th if the first half's row covers the rest. */
const dayRowsFrom = (date: IsoDate): IsoDate =>
  date.slice(8) >= HALF_DAY ? `${date.slice(0, 7)}-${HALF_DAY}` : monthStart(date);
/** The first half's row (level `h`) covers the 1st to the day before this one. */
const HALF_DAY = '15';

/** The ranges of each level merged where they overlap or touch, so that no summary row is read twice. */
function mergeRanges(ranges: [string, IsoDate, IsoDate][]): [string, IsoDate, IsoDate][] {
  const sorted = [...ranges].sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
  const out: [string, IsoDate, IsoDate][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] === r[0] && r[1] <= last[2]) {
      last[2] = r[2] > last[2] ? r[2] : last[2];
    } else {
      out.push([...r]);
    }
  }
  return out;
}

/** The SQL reading every summary row that some prefix at one of `points` needs, summed over the scope's units. */
export function summaryRowsSql(points: IsoDate[], scope: UnitScope): { sql: string; params: unknown[] } {
  const ranges = new Map<string, [string, IsoDate, IsoDate]>();
  const add = (level: string, a: IsoDate, b: IsoDate): void => {
    if (a < b) {
      ranges.set(`${level}/${a}/${b}`, [level, a, b]);
    }
  };
  for (const x of points) {
    add('y', '0001-01-01', yearStart(x));
    add('m', yearStart(x), monthStart(x));
    add('h', monthStart(x), dayRowsFrom(x) === monthStart(x) ? monthStart(x) : nextDay(monthStart(x)));
    add('d', dayRowsFrom(x), x);
  }
  const params = new SqlParams();
  const list = mergeRanges([...ranges.values()]);
  // One index range scan per range (primary key: level, bucket, unit, kind; OFFSET 0 keeps the lateral
  // subquery, so the planner cannot turn it into a scan of the whole table); the ranges do not overlap.
  const sql = `SELECT s.level, to_char(s.bucket, 'YYYY-MM-DD') AS bucket, s.kind,
  sum(s.started)::int AS started, sum(s.ended)::int AS ended, sum(s.withdrawn)::int AS withdrawn,
  sum(s.terminated)::int AS terminated, sum(s.on_time)::int AS "onTime", sum(s.overdue)::int AS overdue
FROM (SELECT * FROM unnest(${params.add(list.map((r) => r[0]))}::bpchar[], ${params.add(
    list.map((r) => r[1]),
  )}::date[], ${params.add(list.map((r) => r[2]))}::date[]) AS r(level, a, b)) r
CROSS JOIN LATERAL (SELECT * FROM case_stat s
  WHERE s.level = r.level AND s.bucket >= r.a AND s.bucket < r.b AND ${unitScopeSql(scope, params, 's.unit_id')}
  OFFSET 0) s
GROUP BY s.level, s.bucket, s.kind`;
  return { sql, params: params.values };
}

/** The deltas of each kind dated before `x`. */
export function prefixAt(rows: SummaryRow[], x: IsoDate): Map<StoredReportKind, Deltas> {
  const [y, m, d] = [yearStart(x), monthStart(x), dayRowsFrom(x)];
  const out = new Map<StoredReportKind, Deltas>();
  for (const r of rows) {
    const inPrefix =
      r.level === 'y'
        ? r.bucket < y
        : r.level === 'm'
          ? r.bucket >= y && r.bucket < m
          : r.level === 'h'
            ? r.bucket === m && d !== m
            : r.bucket >= d && r.bucket < x;
    if (!inPrefix) {
      continue;
    }
    let acc = out.get(r.kind);
    if (!acc) {
      acc = { started: 0, ended: 0, withdrawn: 0, terminated: 0, onTime: 0, overdue: 0 };
      out.set(r.kind, acc);
    }
    for (const f of FIELDS) {
      acc[f] += r[f];
    }
  }
  return out;
}

const ZERO: Deltas = { started: 0, ended: 0, withdrawn: 0, terminated: 0, onTime: 0, overdue: 0 };

/** The counts of one period, per kind, from the summary rows (kinds with no case in the period are absent). */
export function periodCounts(rows: SummaryRow[], period: StatisticsPeriod): CountsByKind {
  const atF = prefixAt(rows, period.from);
  const atT = prefixAt(rows, nextDay(period.to));
  const out: CountsByKind = {};
  for (const kind of new Set([...atF.keys(), ...atT.keys()])) {
    const f = atF.get(kind) ?? ZERO;
    const t = atT.get(kind) ?? ZERO;
    const investigation = INVESTIGATION_KINDS.includes(kind);
    const carriedOver = investigation ? f.started - f.ended : 0;
    const accepted = investigation ? t.started - f.started : 0;
    const resolved = t.ended - f.ended;
    const counts: ResolutionCounts = {
      carriedOver,
      accepted,
      total: investigation ? carriedOver + accepted : resolved,
      resolved,
      withdrawn: t.withdrawn - f.withdrawn,
      terminated: t.terminated - f.terminated,
      pending: t.started - t.ended,
      overdue: t.overdue,
      resolvedOnTime: t.onTime - f.onTime,
    };
    if (Object.values(counts).some((n) => n !== 0)) {
      out[kind] = counts;
    }
  }
  return out;
}

/** Adds the counts of `extra` (the odd cases, counted from their events) to `base`. */
export function addCounts(base: CountsByKind, extra: CountsByKind): CountsByKind {
  const out = { ...base };
  for (const [kind, counts] of Object.entries(extra) as [StoredReportKind, ResolutionCounts][]) {
    const prev = out[kind];
    out[kind] = prev
      ? (Object.fromEntries(
          Object.entries(counts).map(([k, n]) => [k, n + prev[k as keyof ResolutionCounts]]),
        ) as unknown as ResolutionCounts)
      : counts;
  }
  return out;
}

/**
 * One statement for a report: the summary rows of every period's bounds (JSON), and whether some case is left
 * to the events (`odd`; then `oddCasesSql` counts those), so a report costs a single round trip.
 */
export function summaryReportSql(
  periods: StatisticsPeriod[],
  scope: UnitScope,
): { sql: string; params: unknown[] } {
  const summary = summaryRowsSql(
    periods.flatMap((p) => [p.from, nextDay(p.to)]),
    scope,
  );
  return {
    sql: `SELECT (SELECT COALESCE(json_agg(s), '[]') FROM (${summary.sql}) s) AS summary,
  EXISTS (SELECT 1 FROM case_stat_case o WHERE o.odd) AS odd`,
    params: summary.params,
  };
}

/** The counts of the odd cases (resolved before they started) from their events, per period and kind. */
export function oddCasesSql(
  periods: StatisticsPeriod[],
  scope: UnitScope,
  timeZone: string,
): { sql: string; params: unknown[] } {
  return resolutionSeriesSql(periods, scope, timeZone, ODD_CASES);
}

/** The counts of each period from the summary rows and the odd cases' counts. */
export function summaryReportCounts(
  summary: SummaryRow[],
  odd: SeriesCountsRow[],
  periods: StatisticsPeriod[],
): CountsByKind[] {
  return periods.map((p, i) => {
    const oddCounts = Object.fromEntries(
      odd.filter((r) => r.idx === i + 1).map(({ idx: _idx, kind, ...counts }) => [kind, counts]),
    ) as CountsByKind;
    return addCounts(periodCounts(summary, p), oddCounts);
  });
}
