import { Injectable, type StreamableFile } from '@nestjs/common';
import type { AuthUser } from '../common/http/request-context.js';
import type { ReceptionFigures } from './domain/reception-figures.js';
import type { IsoDate } from './domain/report-periods.js';
import type { ReceptionReportQuery } from './dto/report-queries.dto.js';
import { receptionTable } from './export/reception-table.js';
import { reportOutput } from './export/report-output.js';
import { ReceptionReportRepository } from './reception-report.repository.js';
import { type ReportUnit, ReportScopeService } from './report-scope.service.js';

export interface ReceptionReport extends ReceptionFigures {
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
}

/** Citizen reception figures (API.md "Reports"): one SQL aggregation over the reception log, exported. */
@Injectable()
export class ReceptionReportService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly repository: ReceptionReportRepository,
  ) {}

  async reception(user: AuthUser, q: ReceptionReportQuery): Promise<ReceptionReport | StreamableFile> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const figures = await this.repository.count(period, scope);
    return reportOutput({ ...period, unit, ...figures }, q.format, receptionTable);
  }
}
