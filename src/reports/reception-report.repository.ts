import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ReceptionCountsRow,
  type ReceptionFigures,
  receptionFigures,
} from './domain/reception-figures.js';
import type { ReportPeriod } from './domain/report-periods.js';
import { receptionReportSql } from './reception-sql.js';
import type { ReportScope } from './resolution-sql.js';

/** The reception report's aggregation: one statement, counted in PostgreSQL. */
@Injectable()
export class ReceptionReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async count(period: ReportPeriod, scope: ReportScope): Promise<ReceptionFigures> {
    const { sql, params } = receptionReportSql(period, scope);
    const [row] = await this.dataSource.query<ReceptionCountsRow[]>(sql, params);
    return receptionFigures(row);
  }
}
