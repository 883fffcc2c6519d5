import { addDays, type ReportPeriod } from './report-periods.js';
import { isInvestigationKind, type ReportKind, type ResolutionRow } from './resolution-rows.js';

/** One arithmetic check that did not hold. Any failure is a bug in the counting, never in the data. */
export interface ReconciliationFailure {
  check: string;
  kind: ReportKind | null;
  period: string;
  expected: number | string;
  actual: number | string;
}

export interface Reconciliation {
  ok: boolean;
  failures: ReconciliationFailure[];
}

export interface PeriodRows extends ReportPeriod {
  rows: ResolutionRow[];
}

function label(period: ReportPeriod): string {
  return `${period.from}..${period.to}`;
}

function expectEqual(
  failures: ReconciliationFailure[],
  check: string,
  kind: ReportKind | null,
  period: string,
  expected: number | string,
  actual: number | string,
): void {
  if (expected !== actual) {
    failures.push({ check, kind, period, expected, actual });
  }
}

function expectAtMost(
  failures: ReconciliationFailure[],
  check: string,
  kind: ReportKind,
  period: string,
  bound: number,
  actual: number,
): void {
  if (actual > bound) {
    failures.push({ check, kind, period, expected: `<= ${bound}`, actual });
  }
}

function byKind(rows: ResolutionRow[]): Map<ReportKind, ResolutionRow> {
  return new Map(rows.map((r) => [r.kind, r]));
}

/** The checks inside one period's rows. */
export function checkPeriod(report: PeriodRows): ReconciliationFailure[] {
  const failures: ReconciliationFailure[] = [];
  const period = label(report);
  for (const r of report.rows) {
    if (isInvestigationKind(r.kind)) {
      expectEqual(
        failures,
        'total = carriedOver + accepted',
        r.kind,
        period,
        r.total,
        (r.carriedOver ?? 0) + (r.accepted ?? 0),
      );
      expectEqual(failures, 'total = resolved + pending', r.kind, period, r.total, r.resolved + r.pending);
      expectAtMost(failures, 'overdue <= pending', r.kind, period, r.pending, r.overdue);
    } else {
      expectEqual(failures, 'resolved = total', r.kind, period, r.total, r.resolved);
    }
    expectAtMost(
      failures,
      'withdrawn + terminated <= resolved',
      r.kind,
      period,
      r.resolved,
      r.withdrawn + r.terminated,
    );
    expectAtMost(failures, 'resolvedOnTime <= resolved', r.kind, period, r.resolved, r.resolvedOnTime);
  }
  const rows = byKind(report.rows);
  const both = rows.get('complaint_denunciation');
  const complaint = rows.get('complaint');
  const denunciation = rows.get('denunciation');
  if (both && complaint && denunciation) {
    for (const key of ['total', 'resolved', 'pending', 'resolvedOnTime'] as const) {
      expectEqual(
        failures,
        `complaint_denunciation.${key} = complaint + denunciation`,
        'complaint_denunciation',
        period,
        complaint[key] + denunciation[key],
        both[key],
      );
    }
  }
  return failures;
}

/** Between two consecutive periods: no gap, and what was pending at the end of one is carried over into the next. */
export function checkConsecutive(previous: PeriodRows, next: PeriodRows): ReconciliationFailure[] {
  const failures: ReconciliationFailure[] = [];
  const period = `${label(previous)} -> ${label(next)}`;
  expectEqual(failures, 'next period starts the day after', null, period, addDays(previous.to, 1), next.from);
  const following = byKind(next.rows);
  for (const r of previous.rows) {
    const n = following.get(r.kind);
    if (n && isInvestigationKind(r.kind)) {
      expectEqual(failures, 'pending = next carriedOver', r.kind, period, r.pending, n.carriedOver ?? 0);
    }
  }
  return failures;
}

/** A whole period split into consecutive parts: its figures are the parts' figures put together. */
export function checkSplit(parts: PeriodRows[], whole: PeriodRows): ReconciliationFailure[] {
  const failures: ReconciliationFailure[] = [];
  if (parts.length === 0) {
    return failures;
  }
  const period = `${label(whole)} = sum of ${parts.length} periods`;
  expectEqual(
    failures,
    'parts cover the period',
    null,
    period,
    label(whole),
    `${parts[0].from}..${parts[parts.length - 1].to}`,
  );
  const first = byKind(parts[0].rows);
  const last = byKind(parts[parts.length - 1].rows);
  for (const w of whole.rows) {
    const sum = (key: 'accepted' | 'resolved' | 'withdrawn' | 'terminated' | 'resolvedOnTime'): number =>
      parts.reduce((acc, p) => acc + (p.rows.find((r) => r.kind === w.kind)?.[key] ?? 0), 0);
    for (const key of ['resolved', 'withdrawn', 'terminated', 'resolvedOnTime'] as const) {
      expectEqual(failures, `${key} = sum of the periods`, w.kind, period, sum(key), w[key]);
    }
    if (isInvestigationKind(w.kind)) {
      expectEqual(
        failures,
        'accepted = sum of the periods',
        w.kind,
        period,
        sum('accepted'),
        w.accepted ?? 0,
      );
      expectEqual(
        failures,
        'carriedOver = first period carriedOver',
        w.kind,
        period,
        first.get(w.kind)?.carriedOver ?? 0,
        w.carriedOver ?? 0,
      );
    } else {
      expectEqual(failures, 'total = sum of the periods', w.kind, period, sum('resolved'), w.total);
    }
    expectEqual(
      failures,
      'pending = last period pending',
      w.kind,
      period,
      last.get(w.kind)?.pending ?? 0,
      w.pending,
    );
    expectEqual(
      failures,
      'overdue = last period overdue',
      w.kind,
      period,
      last.get(w.kind)?.overdue ?? 0,
      w.overdue,
    );
  }
  return failures;
}

export function reconciliation(failures: ReconciliationFailure[]): Reconciliation {
  return { ok: failures.length === 0, failures };
}

/** One period's report checked. */
export function reconcilePeriod(report: PeriodRows): Reconciliation {
  return reconciliation(checkPeriod(report));
}

/** Consecutive periods and their whole checked: each period, each pair, and the split. */
export function reconcileSeries(parts: PeriodRows[], whole: PeriodRows): Reconciliation {
  const failures = [...parts.flatMap(checkPeriod), ...checkPeriod(whole)];
  for (let i = 1; i < parts.length; i++) {
    failures.push(...checkConsecutive(parts[i - 1], parts[i]));
  }
  failures.push(...checkSplit(parts, whole));
  return reconciliation(failures);
}
