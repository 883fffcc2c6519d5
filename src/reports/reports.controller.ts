import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import {
  FormReportQuery,
  MonthlyReportQuery,
  ReceptionReportQuery,
  ResolutionCasesQuery,
  ResolutionReportQuery,
} from './dto/report-queries.dto.js';
import { XLSX_CONTENT_TYPE } from './export/xlsx-export.js';
import { type FormReport, FormReportService } from './form-report.service.js';
import { type ReceptionReport, ReceptionReportService } from './reception-report.service.js';
import {
  type MonthlyResolutionReport,
  type ResolutionCasesPage,
  type ResolutionReport,
  ReportsService,
} from './reports.service.js';
import {
  FormReportDto,
  MonthlyResolutionReportDto,
  ReceptionReportDto,
  ResolutionCasesPageDto,
  ResolutionReportDto,
} from './reports.response.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
@Roles('leader', 'inspector', 'admin')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly receptions: ReceptionReportService,
    private readonly forms: FormReportService,
  ) {}

  @Get('resolution')
  @ApiOkResponse({
    type: ResolutionReportDto,
    description: 'rows per kind counted as of the end of the period, with the reconciliation',
  })
  resolution(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionReportQuery,
  ): Promise<ResolutionReport | StreamableFile> {
    return this.reports.resolution(user, query);
  }

  @Get('resolution/monthly')
  @ApiOkResponse({
    type: MonthlyResolutionReportDto,
    description: 'the twelve months of a year (calendar or official) and the year',
  })
  monthly(
    @CurrentUser() user: AuthUser,
    @Query() query: MonthlyReportQuery,
  ): Promise<MonthlyResolutionReport | StreamableFile> {
    return this.reports.monthly(user, query);
  }

  @Get('resolution/cases')
  @ApiOkResponse({
    type: ResolutionCasesPageDto,
    description: 'the cases behind one number of the resolution report (no applicant data)',
  })
  cases(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionCasesQuery,
  ): Promise<ResolutionCasesPage | StreamableFile> {
    return this.reports.cases(user, query);
  }

  @Get('reception')
  @ApiOkResponse({
    type: ReceptionReportDto,
    description:
      'visits, visitors, group and leader receptions, first and repeat visits, by category and outcome',
  })
  reception(
    @CurrentUser() user: AuthUser,
    @Query() query: ReceptionReportQuery,
  ): Promise<ReceptionReport | StreamableFile> {
    return this.receptions.reception(user, query);
  }

  @Get('forms/01-kqgq')
  @ApiOkResponse({
    type: FormReportDto,
    description: 'form 01/KQGQ: complaints resolved within competence (DOMAIN.md 8)',
  })
  complaintForm(
    @CurrentUser() user: AuthUser,
    @Query() query: FormReportQuery,
  ): Promise<FormReport | StreamableFile> {
    return this.forms.form(user, '01-kqgq', query);
  }

  @Get('forms/03-kqgq')
  @ApiOkResponse({
    type: FormReportDto,
    description: 'form 03/KQGQ: denunciations resolved within competence (DOMAIN.md 8)',
  })
  denunciationForm(
    @CurrentUser() user: AuthUser,
    @Query() query: FormReportQuery,
  ): Promise<FormReport | StreamableFile> {
    return this.forms.form(user, '03-kqgq', query);
  }
}
