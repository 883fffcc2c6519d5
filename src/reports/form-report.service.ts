import { Injectable } from '@nestjs/common';
import { CaseStatisticsService } from '../cases/statistics/case-statistics.service.js';
import type { AuthUser } from '../common/http/request-context.js';
import { buildForm, checkForm, type OfficialForm } from './domain/official-forms.js';
import type { FormReportQuery } from './dto/report-queries.dto.js';
import { ReportScopeService } from './report-scope.service.js';
import type { FormReport } from './reports.types.js';

const FORM_KIND: Record<OfficialForm, 'complaint' | 'denunciation'> = {
  '01-kqgq': 'complaint',
  '03-kqgq': 'denunciation',
};

/** The official form layouts of DOMAIN.md 8 for complaints (01/KQGQ) and denunciations (03/KQGQ). */
@Injectable()
export class FormReportService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly statistics: CaseStatisticsService,
  ) {}

  async form(user: AuthUser, form: OfficialForm, q: FormReportQuery): Promise<FormReport> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const figures = buildForm(form, await this.statistics.formCounts(FORM_KIND[form], period, scope));
    const reconciliation = checkForm(figures, `${q.from}..${q.to}`);
    return { ...figures, ...period, unit, reconciliation };
  }
}
