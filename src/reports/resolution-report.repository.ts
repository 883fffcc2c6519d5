import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ReportPeriod } from './domain/report-periods.js';
import type { ResolutionCounts, StoredReportKind } from './domain/resolution-rows.js';
import {
  type CaseListRow,
  type CountsRow,
  type ReportScope,
  type ResolutionBucket,
  resolutionCasesSql,
  resolutionReportSql,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from './resolution-sql.js';

export type CountsByKind = Partial<Record<StoredReportKind, ResolutionCounts>>;

function byKind(rows: CountsRow[]): CountsByKind {
  return Object.fromEntries(rows.map(({ kind, ...counts }) => [kind, counts]));
}

/** The report's SQL aggregations: one statement each, counted in PostgreSQL, never case by case here. */
@Injectable()
export class ResolutionReportRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async countPeriod(period: ReportPeriod, scope: ReportScope): Promise<CountsByKind> {
    const { sql, params } = resolutionReportSql(period, scope, this.config.businessTimeZone);
    return byKind(await this.dataSource.query<CountsRow[]>(sql, params));
  }

  /** The counts of each period, in the order given. */
  async countPeriods(periods: ReportPeriod[], scope: ReportScope): Promise<CountsByKind[]> {
    const { sql, params } = resolutionSeriesSql(periods, scope, this.config.businessTimeZone);
    const rows = await this.dataSource.query<SeriesCountsRow[]>(sql, params);
    return periods.map((_, i) => byKind(rows.filter((r) => r.idx === i + 1).map(({ idx: _idx, ...r }) => r)));
  }

  async listCases(
    kinds: readonly StoredReportKind[],
    investigation: boolean,
    bucket: ResolutionBucket,
    period: ReportPeriod,
    scope: ReportScope,
    page: { limit: number; offset: number },
  ): Promise<{ items: CaseListRow[]; total: number }> {
    const q = resolutionCasesSql(
      kinds,
      investigation,
      bucket,
      period,
      scope,
      this.config.businessTimeZone,
      page,
    );
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<CaseListRow[]>(q.list, q.listParams),
      this.dataSource.query<{ total: number }[]>(q.count, q.countParams),
    ]);
    return { items, total };
  }
}
