import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import { MonthlyReportQuery, ResolutionCasesQuery, ResolutionReportQuery } from './dto/report-queries.dto.js';
import { XLSX_CONTENT_TYPE } from './export/xlsx-export.js';
import {
  type MonthlyResolutionReport,
  type ResolutionCasesPage,
  type ResolutionReport,
  ReportsService,
} from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
@Roles('leader', 'inspector', 'admin')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('resolution')
  @ApiOkResponse({
    description: 'rows per kind counted as of the end of the period, with the reconciliation',
  })
  resolution(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionReportQuery,
  ): Promise<ResolutionReport | StreamableFile> {
    return this.reports.resolution(user, query);
  }

  @Get('resolution/monthly')
  @ApiOkResponse({ description: 'the twelve months of a year (calendar or official) and the year' })
  monthly(
    @CurrentUser() user: AuthUser,
    @Query() query: MonthlyReportQuery,
  ): Promise<MonthlyResolutionReport | StreamableFile> {
    return this.reports.monthly(user, query);
  }

  @Get('resolution/cases')
  @ApiOkResponse({ description: 'the cases behind one number of the resolution report (no applicant data)' })
  cases(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionCasesQuery,
  ): Promise<ResolutionCasesPage | StreamableFile> {
    return this.reports.cases(user, query);
  }
}
