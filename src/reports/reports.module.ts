import { Module } from '@nestjs/common';
import { FormReportRepository } from './form-report.repository.js';
import { FormReportService } from './form-report.service.js';
import { ReceptionReportRepository } from './reception-report.repository.js';
import { ReceptionReportService } from './reception-report.service.js';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { ResolutionReportRepository } from './resolution-report.repository.js';

/** Statistics read from the cases and the reception log by SQL (STYLE.md: reports -> reads cases). */
@Module({
  controllers: [ReportsController],
  providers: [
    ReportsService,
    ReportScopeService,
    ResolutionReportRepository,
    ReceptionReportService,
    ReceptionReportRepository,
    FormReportService,
    FormReportRepository,
  ],
})
export class ReportsModule {}
