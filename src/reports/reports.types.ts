import type { ResolutionBucket } from '../cases/statistics/statistics-types.js';
import type { Page } from '../common/validation/pagination.dto.js';
import type { FormFigures } from './domain/official-forms.js';
import type { ReceptionFigures } from './domain/reception-figures.js';
import type { Reconciliation } from './domain/reconciliation.js';
import type { IsoDate, PeriodScheme } from './domain/report-periods.js';
import type { ReportKind, ResolutionRow } from './domain/resolution-rows.js';
import type { StoredReportKind } from '../cases/statistics/statistics-types.js';

/**
 * What the report services return and the controller sends: as JSON, or laid out by export/ as a file. Types
 * only, so services, export tables and the controller depend on this file and never on each other.
 */

/** The unit a report is about. */
export interface ReportUnit {
  id: string;
  code: string;
  name: string;
}

export interface ResolutionReport {
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
  rows: ResolutionRow[];
  reconciliation: Reconciliation;
}

export interface MonthlyResolutionReport {
  year: number;
  periods: PeriodScheme;
  cutoffDay: number | null;
  unit: ReportUnit | null;
  months: { month: number; from: IsoDate; to: IsoDate; rows: ResolutionRow[] }[];
  total: { from: IsoDate; to: IsoDate; rows: ResolutionRow[] };
  reconciliation: Reconciliation;
}

/** A case behind a number: what identifies and dates it, never anything about its applicant. */
export interface ResolutionCaseItem {
  id: string;
  code: string;
  kind: StoredReportKind;
  status: string;
  unitId: string;
  receivedAt: string;
  acceptedAt: string | null;
  resolvedAt: string | null;
  /** The resolution deadline (business date). */
  dueDate: string | null;
  onTime: boolean | null;
}

export interface ResolutionCasesPage extends Page<ResolutionCaseItem> {
  kind: ReportKind;
  bucket: ResolutionBucket;
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
}

export interface ReceptionReport extends ReceptionFigures {
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
}

export interface FormReport extends FormFigures {
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
  reconciliation: Reconciliation;
}
