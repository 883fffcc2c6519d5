import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS } from '../cases/domain/case-kind.js';
import { CASE_STATUSES } from '../cases/domain/case-status.js';
import { RESOLUTION_BUCKETS, type ResolutionBucket } from '../cases/statistics/statistics-types.js';
import { RECEPTION_CATEGORIES, RECEPTION_OUTCOMES } from '../reception/domain/reception-rules.js';
import type { FormColumn, OfficialForm } from './domain/official-forms.js';
import type { ReceptionFigures } from './domain/reception-figures.js';
import type { Reconciliation, ReconciliationFailure } from './domain/reconciliation.js';
import type { PeriodScheme } from './domain/report-periods.js';
import { REPORT_KINDS, type ReportKind, type ResolutionRow } from './domain/resolution-rows.js';
import { type StoredReportKind } from '../cases/statistics/statistics-types.js';
import type {
  FormReport,
  MonthlyResolutionReport,
  ReceptionReport,
  ReportUnit,
  ResolutionCaseItem,
  ResolutionCasesPage,
  ResolutionReport,
} from './reports.types.js';

export class ReportUnitDto implements ReportUnit {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;
}

export class ReconciliationFailureDto implements ReconciliationFailure {
  @ApiProperty()
  check: string;

  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ReportKind', nullable: true })
  kind: ReportKind | null;

  @ApiProperty()
  period: string;

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] })
  expected: number | string;

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] })
  actual: number | string;
}

export class ReconciliationDto implements Reconciliation {
  @ApiProperty()
  ok: boolean;

  @ApiProperty({ type: [ReconciliationFailureDto] })
  failures: ReconciliationFailureDto[];
}

export class ResolutionRowDto implements ResolutionRow {
  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ReportKind' })
  kind: ReportKind;

  @ApiProperty({ type: Number, nullable: true, description: 'null for civil_status and certification' })
  carriedOver: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null for civil_status and certification' })
  accepted: number | null;

  @ApiProperty()
  total: number;

  @ApiProperty()
  resolved: number;

  @ApiProperty()
  withdrawn: number;

  @ApiProperty()
  terminated: number;

  @ApiProperty()
  pending: number;

  @ApiProperty()
  overdue: number;

  @ApiProperty()
  resolvedOnTime: number;

  @ApiProperty({ type: Number, nullable: true, example: 95.65 })
  rate: number | null;

  @ApiProperty({ type: String, nullable: true, example: '95,65%' })
  rateText: string | null;
}

export class ResolutionReportDto implements ResolutionReport {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: () => ReportUnitDto, nullable: true })
  unit: ReportUnitDto | null;

  @ApiProperty({ type: [ResolutionRowDto] })
  rows: ResolutionRowDto[];

  @ApiProperty({ type: () => ReconciliationDto })
  reconciliation: ReconciliationDto;
}

export class PeriodRowsDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: [ResolutionRowDto] })
  rows: ResolutionRowDto[];
}

export class MonthRowsDto extends PeriodRowsDto {
  @ApiProperty({ minimum: 1, maximum: 12 })
  month: number;
}

export class MonthlyResolutionReportDto implements MonthlyResolutionReport {
  @ApiProperty()
  year: number;

  @ApiProperty({ enum: ['calendar', 'official'] })
  periods: PeriodScheme;

  @ApiProperty({ type: Number, nullable: true })
  cutoffDay: number | null;

  @ApiProperty({ type: () => ReportUnitDto, nullable: true })
  unit: ReportUnitDto | null;

  @ApiProperty({ type: [MonthRowsDto] })
  months: MonthRowsDto[];

  @ApiProperty({ type: () => PeriodRowsDto })
  total: PeriodRowsDto;

  @ApiProperty({ type: () => ReconciliationDto })
  reconciliation: ReconciliationDto;
}

export class ResolutionCaseItemDto implements ResolutionCaseItem {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty({ enum: CASE_KINDS })
  kind: StoredReportKind;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status: string;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acceptedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  onTime: boolean | null;
}

export class ResolutionCasesPageDto implements ResolutionCasesPage {
  @ApiProperty({ type: [ResolutionCaseItemDto] })
  items: ResolutionCaseItemDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  limit: number;

  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ReportKind' })
  kind: ReportKind;

  @ApiProperty({ enum: RESOLUTION_BUCKETS })
  bucket: ResolutionBucket;

  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: () => ReportUnitDto, nullable: true })
  unit: ReportUnitDto | null;
}

function countsBy(keys: readonly string[]): Record<string, { type: 'number' }> {
  return Object.fromEntries(keys.map((k) => [k, { type: 'number' as const }]));
}

export class ReceptionReportDto implements ReceptionReport {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: () => ReportUnitDto, nullable: true })
  unit: ReportUnitDto | null;

  @ApiProperty()
  visits: number;

  @ApiProperty()
  visitors: number;

  @ApiProperty()
  groupVisits: number;

  @ApiProperty()
  groupVisitors: number;

  @ApiProperty()
  leaderVisits: number;

  @ApiProperty()
  delegatedVisits: number;

  @ApiProperty()
  leaderDays: number;

  @ApiProperty()
  firstVisits: number;

  @ApiProperty()
  repeatVisits: number;

  @ApiProperty({
    type: 'object',
    properties: countsBy(RECEPTION_CATEGORIES),
    required: [...RECEPTION_CATEGORIES],
  })
  byCategory: ReceptionFigures['byCategory'];

  @ApiProperty({
    type: 'object',
    properties: countsBy(RECEPTION_OUTCOMES),
    required: [...RECEPTION_OUTCOMES],
  })
  byOutcome: ReceptionFigures['byOutcome'];
}

export class FormColumnDto implements FormColumn {
  @ApiProperty()
  no: number;

  @ApiProperty()
  key: string;

  @ApiProperty()
  group: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: Number, nullable: true, description: 'null: the system holds no data for the column' })
  value: number | null;
}

export class FormReportDto implements FormReport {
  @ApiProperty({ enum: ['01-kqgq', '03-kqgq'] })
  form: OfficialForm;

  @ApiProperty()
  code: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [FormColumnDto] })
  columns: FormColumnDto[];

  @ApiProperty({ type: [String] })
  notes: string[];

  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: () => ReportUnitDto, nullable: true })
  unit: ReportUnitDto | null;

  @ApiProperty({ type: () => ReconciliationDto })
  reconciliation: ReconciliationDto;
}
