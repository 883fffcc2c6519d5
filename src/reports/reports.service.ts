import { Injectable, type StreamableFile } from '@nestjs/common';
import { ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { reconcilePeriod, reconcileSeries, type Reconciliation } from './domain/reconciliation.js';
import { type IsoDate, monthlyPeriods, type PeriodScheme } from './domain/report-periods.js';
import {
  buildResolutionRows,
  isInvestigationKind,
  type ReportKind,
  type ResolutionRow,
  type StoredReportKind,
} from './domain/resolution-rows.js';
import type {
  MonthlyReportQuery,
  ReportFormat,
  ResolutionCasesQuery,
  ResolutionReportQuery,
} from './dto/report-queries.dto.js';
import { reportOutput } from './export/report-output.js';
import type { ReportTable } from './export/report-table.js';
import { casesTable, monthlyTable, resolutionTable } from './export/resolution-tables.js';
import { type ReportUnit, ReportScopeService } from './report-scope.service.js';
import { ResolutionReportRepository } from './resolution-report.repository.js';
import { ADMINISTRATIVE_BUCKETS, type ResolutionBucket } from './resolution-sql.js';

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

const ROW_KINDS: Record<ReportKind, readonly StoredReportKind[]> = {
  complaint: ['complaint'],
  denunciation: ['denunciation'],
  petition: ['petition'],
  complaint_denunciation: ['complaint', 'denunciation'],
  civil_status: ['civil_status'],
  certification: ['certification'],
};

/** Resolution statistics (DOMAIN.md 12.7): SQL counts as of the end of each period, checked, and exported. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly repository: ResolutionReportRepository,
  ) {}

  async resolution(user: AuthUser, q: ResolutionReportQuery): Promise<ResolutionReport | StreamableFile> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const rows = buildResolutionRows(await this.repository.countPeriod(period, scope));
    const report = { ...period, unit, rows, reconciliation: reconcilePeriod({ ...period, rows }) };
    return this.output(report, q.format, resolutionTable);
  }

  async monthly(user: AuthUser, q: MonthlyReportQuery): Promise<MonthlyResolutionReport | StreamableFile> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const { months, total } = monthlyPeriods(q.year, q.periods, q.cutoffDay);
    const counts = await this.repository.countPeriods([...months, total], scope);
    const monthRows = months.map((m, i) => ({ ...m, rows: buildResolutionRows(counts[i]) }));
    const totalRows = { ...total, rows: buildResolutionRows(counts[12]) };
    const report: MonthlyResolutionReport = {
      year: q.year,
      periods: q.periods,
      cutoffDay: q.periods === 'official' ? q.cutoffDay : null,
      unit,
      months: monthRows,
      total: totalRows,
      reconciliation: reconcileSeries(monthRows, totalRows),
    };
    return this.output(report, q.format, monthlyTable);
  }

  async cases(user: AuthUser, q: ResolutionCasesQuery): Promise<ResolutionCasesPage | StreamableFile> {
    const investigation = isInvestigationKind(q.kind);
    if (!investigation && !ADMINISTRATIVE_BUCKETS.includes(q.bucket)) {
      throw new ValidationError(
        `bucket ${q.bucket} does not apply to ${q.kind}: those requests are never accepted`,
      );
    }
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const page = { limit: q.limit, offset: (q.page - 1) * q.limit };
    const { items, total } = await this.repository.listCases(
      ROW_KINDS[q.kind],
      investigation,
      q.bucket,
      period,
      scope,
      page,
    );
    const result: ResolutionCasesPage = {
      kind: q.kind,
      bucket: q.bucket,
      ...period,
      unit,
      items: items.map((c) => ({
        ...c,
        kind: c.kind as StoredReportKind,
        receivedAt: c.receivedAt.toISOString(),
        acceptedAt: c.acceptedAt?.toISOString() ?? null,
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
      })),
      total,
      page: q.page,
      limit: q.limit,
    };
    return this.output(result, q.format, casesTable);
  }

  private output<T>(
    report: T,
    format: ReportFormat | undefined,
    layout: (report: T) => ReportTable,
  ): Promise<T | StreamableFile> {
    return reportOutput(report, format, layout);
  }
}
