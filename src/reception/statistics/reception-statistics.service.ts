import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IsoDate } from '../../calendar/domain/business-date.js';
import type { UnitScope } from '../../units/unit-scope-sql.js';
import { type ReceptionCountsRow, receptionCountsSql } from './reception-statistics-sql.js';

/** The reception log's figures, the read interface reports use instead of its table: one statement. */
@Injectable()
export class ReceptionStatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  async count(period: { from: IsoDate; to: IsoDate }, scope: UnitScope): Promise<ReceptionCountsRow> {
    const { sql, params } = receptionCountsSql(period, scope);
    const [row] = await this.dataSource.query<ReceptionCountsRow[]>(sql, params);
    return row;
  }
}
