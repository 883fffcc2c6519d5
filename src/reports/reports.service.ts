import { Injectable } from '@nestjs/common';
import { CaseStatisticsService } from '../cases/statistics/case-statistics.service.js';
import { ADMINISTRATIVE_BUCKETS } from '../cases/statistics/statistics-types.js';
import { ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { reconcilePeriod, reconcileSeries } from './domain/reconciliation.js';
import { monthlyPeriods } from './domain/report-periods.js';
import { buildResolutionRows, isInvestigationKind, type ReportKind } from './domain/resolution-rows.js';
import { type StoredReportKind } from '../cases/statistics/statistics-types.js';
import type {
  MonthlyReportQuery,
  ResolutionCasesQuery,
  ResolutionReportQuery,
} from './dto/report-queries.dto.js';
import { ReportScopeService } from './report-scope.service.js';
import type { MonthlyResolutionReport, ResolutionCasesPage, ResolutionReport } from './reports.types.js';

const ROW_KINDS: Record<ReportKind, readonly StoredReportKind[]> = {
  complaint: ['complaint'],
  denunciation: ['denunciation'],
  petition: ['petition'],
  complaint_denunciation: ['complaint', 'denunciation'],
  civil_status: ['civil_status'],
  certification: ['certification'],
};

/** Resolution statistics (DOMAIN.md 12.7): the cases' counts as of the end of each period, in rows, checked. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly statistics: CaseStatisticsService,
  ) {}

  async resolution(user: AuthUser, q: ResolutionReportQuery): Promise<ResolutionReport> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const rows = buildResolutionRows(await this.statistics.countPeriod(period, scope));
    return { ...period, unit, rows, reconciliation: reconcilePeriod({ ...period, rows }) };
  }

  async monthly(user: AuthUser, q: MonthlyReportQuery): Promise<MonthlyResolutionReport> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const { months, total } = monthlyPeriods(q.year, q.periods, q.cutoffDay);
    const counts = await this.statistics.countPeriods([...months, total], scope);
    const monthRows = months.map((m, i) => ({ ...m, rows: buildResolutionRows(counts[i]) }));
    const totalRows = { ...total, rows: buildResolutionRows(counts[12]) };
    return {
      year: q.year,
      periods: q.periods,
      cutoffDay: q.periods === 'official' ? q.cutoffDay : null,
      unit,
      months: monthRows,
      total: totalRows,
      reconciliation: reconcileSeries(monthRows, totalRows),
    };
  }

  async cases(user: AuthUser, q: ResolutionCasesQuery): Promise<ResolutionCasesPage> {
    const investigation = isInvestigationKind(q.kind);
    if (!investigation && !ADMINISTRATIVE_BUCKETS.includes(q.bucket)) {
      throw new ValidationError(
        `bucket ${q.bucket} does not apply to ${q.kind}: those requests are never accepted`,
      );
    }
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const page = { limit: q.limit, offset: (q.page - 1) * q.limit };
    const { items, total } = await this.statistics.listCases(
      ROW_KINDS[q.kind],
      investigation,
      q.bucket,
      period,
      scope,
      page,
    );
    return {
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
  }
}
