import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ReceptionModule } from '../reception/reception.module.js';
import { FormReportService } from './form-report.service.js';
import { ReceptionReportService } from './reception-report.service.js';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/**
 * Statistics composed from what cases (CaseStatisticsService) and reception (ReceptionStatisticsService) count:
 * rows, official forms, reconciliation and CSV/XLSX. Reports read no table of theirs.
 */
@Module({
  imports: [CasesModule, ReceptionModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportScopeService, ReceptionReportService, FormReportService],
})
export class ReportsModule {}
