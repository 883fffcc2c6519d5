import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ReportPeriod } from './domain/report-periods.js';
import type { ResolutionCounts, StoredReportKind } from './domain/resolution-rows.js';
import {
  type CaseListRow,
  COUNT_COLUMNS,
  type CountsRow,
  type ReportScope,
  type ResolutionBucket,
  resolutionCasesSql,
  resolutionReportSql,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from './resolution-sql.js';
import { summaryReportCounts, summaryReportSql, type SummaryRow } from './resolution-summary.js';

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

  private summaryZone?: Promise<string | null>;

  async countPeriod(period: ReportPeriod, scope: ReportScope): Promise<CountsByKind> {
    if (await this.summaryUsable()) {
      return (await this.summaryCounts([period], scope))[0];
    }
    const { sql, params } = resolutionReportSql(period, scope, this.config.businessTimeZone);
    return byKind(await this.dataSource.query<CountsRow[]>(sql, params));
  }

  /** The counts of each period, in the order given. */
  async countPeriods(periods: ReportPeriod[], scope: ReportScope): Promise<CountsByKind[]> {
    if (await this.summaryUsable()) {
      return this.summaryCounts(periods, scope);
    }
    return this.scanCounts(periods, scope);
  }

  private async scanCounts(
    periods: ReportPeriod[],
    scope: ReportScope,
    only?: string,
  ): Promise<CountsByKind[]> {
    const { sql, params } = resolutionSeriesSql(periods, scope, this.config.businessTimeZone, only);
    const rows = await this.dataSource.query<SeriesCountsRow[]>(sql, params);
    return periods.map((_, i) => byKind(rows.filter((r) => r.idx === i + 1).map(({ idx: _idx, ...r }) => r)));
  }

  /** From the summary (resolution-summary.ts), plus the odd cases counted from their events: one statement. */
  private async summaryCounts(periods: ReportPeriod[], scope: ReportScope): Promise<CountsByKind[]> {
    const q = summaryReportSql(periods, scope, this.config.businessTimeZone);
    const [row] = await this.dataSource.query<{ summary: SummaryRow[]; odd: SeriesCountsRow[] }[]>(
      q.sql,
      q.params,
    );
    return summaryReportCounts(row, periods);
  }

  /** The summary is kept in one time zone (case_stat_setting); in any other the report counts from the events. */
  private async summaryUsable(): Promise<boolean> {
    this.summaryZone ??= this.dataSource
      .query<{ time_zone: string }[]>('SELECT time_zone FROM case_stat_setting WHERE id = 1')
      .then((rows) => rows[0]?.time_zone ?? null);
    return (await this.summaryZone) === this.config.businessTimeZone;
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
    const [items, total] = await Promise.all([
      this.dataSource.query<CaseListRow[]>(q.list, q.listParams),
      this.countBucket(kinds, bucket, period, scope, q),
    ]);
    return { items, total };
  }

  /** How many cases are behind the number: the number itself, from the summary when it can be used. */
  private async countBucket(
    kinds: readonly StoredReportKind[],
    bucket: ResolutionBucket,
    period: ReportPeriod,
    scope: ReportScope,
    q: { count: string; countParams: unknown[] },
  ): Promise<number> {
    if (await this.summaryUsable()) {
      const counts = await this.countPeriod(period, scope);
      const field = (Object.keys(COUNT_COLUMNS) as (keyof ResolutionCounts)[]).find(
        (k) => COUNT_COLUMNS[k] === bucket,
      )!;
      return kinds.reduce((sum, kind) => sum + (counts[kind]?.[field] ?? 0), 0);
    }
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(q.count, q.countParams);
    return total;
  }
}
