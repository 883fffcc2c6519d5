import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/http/request-context.js';
import { ReceptionStatisticsService } from '../reception/statistics/reception-statistics.service.js';
import { receptionFigures } from './domain/reception-figures.js';
import type { ReceptionReportQuery } from './dto/report-queries.dto.js';
import { ReportScopeService } from './report-scope.service.js';
import type { ReceptionReport } from './reports.types.js';

/** Citizen reception figures (API.md "Reports"): the reception log's counts, for the reader's scope. */
@Injectable()
export class ReceptionReportService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly statistics: ReceptionStatisticsService,
  ) {}

  async reception(user: AuthUser, q: ReceptionReportQuery): Promise<ReceptionReport> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const figures = receptionFigures(await this.statistics.count(period, scope));
    return { ...period, unit, ...figures };
  }
}
