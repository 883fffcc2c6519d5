import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { prepared, runPrepared } from '../../database/prepared.js';
import type { UnitScope } from '../../units/unit-scope-sql.js';
import { formCountsSql } from './form-sql.js';
import {
  type CountsRow,
  resolutionCasesSql,
  resolutionReportSql,
  resolutionSeriesSql,
  type SeriesCountsRow,
} from './resolution-sql.js';
import { oddCasesSql, summaryReportCounts, summaryReportSql, type SummaryRow } from './resolution-summary.js';
import {
  type CaseListRow,
  COUNT_COLUMNS,
  type CountsByKind,
  type FormCounts,
  type ResolutionBucket,
  type ResolutionCounts,
  type StatisticsPeriod,
  type StoredReportKind,
} from './statistics-types.js';

function byKind(rows: CountsRow[]): CountsByKind {
  return Object.fromEntries(rows.map(({ kind, ...counts }) => [kind, counts]));
}

/**
 * The cases' statistics, the read interface other modules (reports) use instead of cases' tables: counts per
 * kind as of the end of each period (DOMAIN.md 12.7), the cases behind one count, the official forms' counts.
 * One statement each, counted in PostgreSQL, never case by case here.
 */
@Injectable()
export class CaseStatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private summaryZone?: Promise<string | null>;

  async countPeriod(period: StatisticsPeriod, scope: UnitScope): Promise<CountsByKind> {
    if (await this.summaryUsable()) {
      return (await this.summaryCounts([period], scope))[0];
    }
    const { sql, params } = resolutionReportSql(period, scope, this.config.businessTimeZone);
    return byKind(await this.dataSource.query<CountsRow[]>(sql, params));
  }

  /** The counts of each period, in the order given. */
  async countPeriods(periods: StatisticsPeriod[], scope: UnitScope): Promise<CountsByKind[]> {
    if (await this.summaryUsable()) {
      return this.summaryCounts(periods, scope);
    }
    return this.scanCounts(periods, scope);
  }

  private async scanCounts(periods: StatisticsPeriod[], scope: UnitScope): Promise<CountsByKind[]> {
    const { sql, params } = resolutionSeriesSql(periods, scope, this.config.businessTimeZone);
    const rows = await this.dataSource.query<SeriesCountsRow[]>(sql, params);
    return periods.map((_, i) => byKind(rows.filter((r) => r.idx === i + 1).map(({ idx: _idx, ...r }) => r)));
  }

  /**
   * From the summary (resolution-summary.ts): one statement, and a second for the cases it leaves to their
   * events (resolved before they started, never written by the API) only when there are some. The first is a
   * prepared statement, one per kind of scope (its periods and unit are parameters): planning it was a third of
   * a ward's report (0.3-0.5 ms of 1.3-1.7 ms), against a plain scan of the ward's rows of about 20 ms.
   */
  private async summaryCounts(periods: StatisticsPeriod[], scope: UnitScope): Promise<CountsByKind[]> {
    const q = summaryReportSql(periods, scope);
    const [row] = await runPrepared<{ summary: SummaryRow[]; odd: boolean }>(
      this.dataSource.manager,
      prepared(`case_stat_summary_${scope.kind}`, q.sql),
      q.params,
    );
    const odd = row.odd ? oddCasesSql(periods, scope, this.config.businessTimeZone) : null;
    const oddRows = odd ? await this.dataSource.query<SeriesCountsRow[]>(odd.sql, odd.params) : [];
    return summaryReportCounts(row.summary, oddRows, periods);
  }

  /** The summary is kept in one time zone (case_stat_setting); in any other the report counts from the events. */
  private async summaryUsable(): Promise<boolean> {
    this.summaryZone ??= this.dataSource
      .query<{ time_zone: string }[]>('SELECT time_zone FROM case_stat_setting WHERE id = 1')
      .then((rows) => rows[0]?.time_zone ?? null);
    return (await this.summaryZone) === this.config.businessTimeZone;
  }

  /** The cases behind one number (the kinds of a row, its bucket), paged; and how many there are. */
  async listCases(
    kinds: readonly StoredReportKind[],
    investigation: boolean,
    bucket: ResolutionBucket,
    period: StatisticsPeriod,
    scope: UnitScope,
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
    period: StatisticsPeriod,
    scope: UnitScope,
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

  /** The counts of an official form for one kind, with the resolution report's definitions. */
  async formCounts(
    kind: 'complaint' | 'denunciation',
    period: StatisticsPeriod,
    scope: UnitScope,
  ): Promise<FormCounts> {
    const { sql, params } = formCountsSql(kind, period, scope, this.config.businessTimeZone);
    const [row] = await this.dataSource.query<FormCounts[]>(sql, params);
    return row;
  }
}
