import type { IsoDate } from '../../calendar/domain/business-date.js';
import { type CaseKind, kindsWhere } from '../domain/case-kind.js';

/**
 * What the cases' statistics interface (CaseStatisticsService) takes and gives: periods of business dates,
 * counts per stored kind as of the end of a period (DOMAIN.md 12.7), the buckets behind each count, and the
 * cases behind one of them. Reports compose these into rows, forms and files.
 */

/** An inclusive range of business dates `YYYY-MM-DD` (Asia/Ho_Chi_Minh unless configured otherwise). */
export interface StatisticsPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Kinds counted on the thụ lý model: carried over + accepted = total = resolved + pending. */
export const INVESTIGATION_KINDS: readonly CaseKind[] = kindsWhere((t) => !t.administrative);
/** Every stored kind has a row of its own. */
export type StoredReportKind = CaseKind;

/** What the SQL counts for one stored kind (DOMAIN.md 12.7). */
export interface ResolutionCounts {
  carriedOver: number;
  accepted: number;
  total: number;
  resolved: number;
  withdrawn: number;
  terminated: number;
  pending: number;
  overdue: number;
  resolvedOnTime: number;
}

export type CountsByKind = Partial<Record<StoredReportKind, ResolutionCounts>>;

export type ResolutionBucket =
  | 'carried_over'
  | 'accepted'
  | 'total'
  | 'resolved'
  | 'withdrawn'
  | 'terminated'
  | 'resolved_on_time'
  | 'pending'
  | 'overdue';

export const RESOLUTION_BUCKETS: readonly ResolutionBucket[] = [
  'carried_over',
  'accepted',
  'total',
  'resolved',
  'withdrawn',
  'terminated',
  'resolved_on_time',
  'pending',
  'overdue',
];

/** Buckets that exist for civil status and certification (never accepted, so nothing is carried over). */
export const ADMINISTRATIVE_BUCKETS: readonly ResolutionBucket[] = RESOLUTION_BUCKETS.filter(
  (b) => b !== 'carried_over' && b !== 'accepted',
);

/** The bucket of each count. */
export const COUNT_COLUMNS: Record<keyof ResolutionCounts, ResolutionBucket> = {
  carriedOver: 'carried_over',
  accepted: 'accepted',
  total: 'total',
  resolved: 'resolved',
  withdrawn: 'withdrawn',
  terminated: 'terminated',
  pending: 'pending',
  overdue: 'overdue',
  resolvedOnTime: 'resolved_on_time',
};

/** A case behind a number: what identifies and dates it, never anything about its applicant. */
export interface CaseListRow {
  id: string;
  code: string;
  kind: string;
  status: string;
  unitId: string;
  receivedAt: Date;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  dueDate: string | null;
  onTime: boolean | null;
}

/** The counts of an official form (01/KQGQ, 03/KQGQ) for one kind. */
export interface FormCounts {
  carriedOver: number;
  accepted: number;
  total: number;
  resolved: number;
  withdrawn: number;
  terminated: number;
  resolvedOnTime: number;
  upheld: number;
  partlyUpheld: number;
  notUpheld: number;
  firstDecisionUpheld: number;
  firstDecisionOverturned: number;
}
