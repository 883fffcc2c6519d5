import { Injectable, type StreamableFile } from '@nestjs/common';
import type { AuthUser } from '../common/http/request-context.js';
import { buildForm, checkForm, type FormFigures, type OfficialForm } from './domain/official-forms.js';
import type { Reconciliation } from './domain/reconciliation.js';
import type { IsoDate } from './domain/report-periods.js';
import type { FormReportQuery } from './dto/report-queries.dto.js';
import { formTable } from './export/form-table.js';
import { reportOutput } from './export/report-output.js';
import { FormReportRepository } from './form-report.repository.js';
import { type ReportUnit, ReportScopeService } from './report-scope.service.js';

export interface FormReport extends FormFigures {
  from: IsoDate;
  to: IsoDate;
  unit: ReportUnit | null;
  reconciliation: Reconciliation;
}

const FORM_KIND: Record<OfficialForm, 'complaint' | 'denunciation'> = {
  '01-kqgq': 'complaint',
  '03-kqgq': 'denunciation',
};

/** The official form layouts of DOMAIN.md 8 for complaints (01/KQGQ) and denunciations (03/KQGQ). */
@Injectable()
export class FormReportService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly repository: FormReportRepository,
  ) {}

  async form(user: AuthUser, form: OfficialForm, q: FormReportQuery): Promise<FormReport | StreamableFile> {
    const { scope, unit } = await this.scopes.resolve(user, q.unitId);
    const period = { from: q.from, to: q.to };
    const figures = buildForm(form, await this.repository.count(FORM_KIND[form], period, scope));
    const reconciliation = checkForm(figures, `${q.from}..${q.to}`);
    return reportOutput({ ...figures, ...period, unit, reconciliation }, q.format, formTable);
  }
}
