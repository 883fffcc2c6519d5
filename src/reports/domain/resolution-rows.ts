import { ADMINISTRATIVE_KINDS } from '../../cases/domain/case-kind.js';
import {
  INVESTIGATION_KINDS,
  type ResolutionCounts,
  type StoredReportKind,
} from '../../cases/statistics/statistics-types.js';
import { formatPercent, type PercentOptions } from './report-format.js';

/** A row of the resolution report: a stored kind, or complaints and denunciations together. */
export type ReportKind = StoredReportKind | 'complaint_denunciation';
/** The rows of the resolution report, in order (API.md "Reports"). */
export const REPORT_KINDS: readonly ReportKind[] = [
  ...INVESTIGATION_KINDS,
  'complaint_denunciation',
  ...ADMINISTRATIVE_KINDS,
];

export function isInvestigationKind(kind: ReportKind): boolean {
  return kind === 'complaint_denunciation' || INVESTIGATION_KINDS.includes(kind);
}

export interface ResolutionRow {
  kind: ReportKind;
  /** Complaint, denunciation, petition: accepted before the period and still open at its start. HT/CT: null. */
  carriedOver: number | null;
  /** Complaint, denunciation, petition: accepted (thụ lý) within the period. HT/CT: null. */
  accepted: number | null;
  total: number;
  resolved: number;
  withdrawn: number;
  terminated: number;
  pending: number;
  overdue: number;
  resolvedOnTime: number;
  rate: number | null;
  rateText: string | null;
}

export const ZERO_COUNTS: ResolutionCounts = {
  carriedOver: 0,
  accepted: 0,
  total: 0,
  resolved: 0,
  withdrawn: 0,
  terminated: 0,
  pending: 0,
  overdue: 0,
  resolvedOnTime: 0,
};

function add(a: ResolutionCounts, b: ResolutionCounts): ResolutionCounts {
  const sum = { ...ZERO_COUNTS };
  for (const key of Object.keys(ZERO_COUNTS) as (keyof ResolutionCounts)[]) {
    sum[key] = a[key] + b[key];
  }
  return sum;
}

function row(kind: ReportKind, counts: ResolutionCounts, options?: PercentOptions): ResolutionRow {
  const investigation = isInvestigationKind(kind);
  const { rate, rateText } = investigation
    ? formatPercent(counts.resolved, counts.total, options)
    : formatPercent(counts.resolvedOnTime, counts.total, options);
  return {
    kind,
    carriedOver: investigation ? counts.carriedOver : null,
    accepted: investigation ? counts.accepted : null,
    total: counts.total,
    resolved: counts.resolved,
    withdrawn: counts.withdrawn,
    terminated: counts.terminated,
    pending: counts.pending,
    overdue: counts.overdue,
    resolvedOnTime: counts.resolvedOnTime,
    rate,
    rateText,
  };
}

/** The six rows of the report from the counts per stored kind (a kind with no case counts zero). */
export function buildResolutionRows(
  counts: Partial<Record<StoredReportKind, ResolutionCounts>>,
  options?: PercentOptions,
): ResolutionRow[] {
  const of = (kind: StoredReportKind): ResolutionCounts => counts[kind] ?? ZERO_COUNTS;
  return REPORT_KINDS.map((kind) =>
    row(
      kind,
      kind === 'complaint_denunciation' ? add(of('complaint'), of('denunciation')) : of(kind),
      options,
    ),
  );
}
