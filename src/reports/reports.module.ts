import { Module } from '@nestjs/common';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { ResolutionReportRepository } from './resolution-report.repository.js';

/** Statistics read from the cases by SQL (STYLE.md: reports -> reads cases). */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportScopeService, ResolutionReportRepository],
})
export class ReportsModule {}
