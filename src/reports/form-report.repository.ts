import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { FormCounts } from './domain/official-forms.js';
import type { ReportPeriod } from './domain/report-periods.js';
import { formCountsSql } from './form-sql.js';
import type { ReportScope } from './resolution-sql.js';

/** The official forms' aggregation: one statement per form, counted in PostgreSQL. */
@Injectable()
export class FormReportRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async count(
    kind: 'complaint' | 'denunciation',
    period: ReportPeriod,
    scope: ReportScope,
  ): Promise<FormCounts> {
    const { sql, params } = formCountsSql(kind, period, scope, this.config.businessTimeZone);
    const [row] = await this.dataSource.query<FormCounts[]>(sql, params);
    return row;
  }
}
