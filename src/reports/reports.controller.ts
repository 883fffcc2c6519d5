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
import { formTable } from './export/form-table.js';
import { receptionTable } from './export/reception-table.js';
import { reportOutput } from './export/report-output.js';
import { casesTable, monthlyTable, resolutionTable } from './export/resolution-tables.js';
import { XLSX_CONTENT_TYPE } from './export/xlsx-export.js';
import { FormReportService } from './form-report.service.js';
import { ReceptionReportService } from './reception-report.service.js';
import { ReportsService } from './reports.service.js';
import type {
  FormReport,
  MonthlyResolutionReport,
  ReceptionReport,
  ResolutionCasesPage,
  ResolutionReport,
} from './reports.types.js';
import {
  FormReportDto,
  MonthlyResolutionReportDto,
  ReceptionReportDto,
  ResolutionCasesPageDto,
  ResolutionReportDto,
} from './reports.response.js';

/** The reports as JSON, or (`format=csv|xlsx`) laid out by export/ as a download. */
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
  async resolution(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionReportQuery,
  ): Promise<ResolutionReport | StreamableFile> {
    return reportOutput(await this.reports.resolution(user, query), query.format, resolutionTable);
  }

  @Get('resolution/monthly')
  @ApiOkResponse({
    type: MonthlyResolutionReportDto,
    description: 'the twelve months of a year (calendar or official) and the year',
  })
  async monthly(
    @CurrentUser() user: AuthUser,
    @Query() query: MonthlyReportQuery,
  ): Promise<MonthlyResolutionReport | StreamableFile> {
    return reportOutput(await this.reports.monthly(user, query), query.format, monthlyTable);
  }

  @Get('resolution/cases')
  @ApiOkResponse({
    type: ResolutionCasesPageDto,
    description: 'the cases behind one number of the resolution report (no applicant data)',
  })
  async cases(
    @CurrentUser() user: AuthUser,
    @Query() query: ResolutionCasesQuery,
  ): Promise<ResolutionCasesPage | StreamableFile> {
    return reportOutput(await this.reports.cases(user, query), query.format, casesTable);
  }

  @Get('reception')
  @ApiOkResponse({
    type: ReceptionReportDto,
    description:
      'visits, visitors, group and leader receptions, first and repeat visits, by category and outcome',
  })
  async reception(
    @CurrentUser() user: AuthUser,
    @Query() query: ReceptionReportQuery,
  ): Promise<ReceptionReport | StreamableFile> {
    return reportOutput(await this.receptions.reception(user, query), query.format, receptionTable);
  }

  @Get('forms/01-kqgq')
  @ApiOkResponse({
    type: FormReportDto,
    description: 'form 01/KQGQ: complaints resolved within competence (DOMAIN.md 8)',
  })
  async complaintForm(
    @CurrentUser() user: AuthUser,
    @Query() query: FormReportQuery,
  ): Promise<FormReport | StreamableFile> {
    return reportOutput(await this.forms.form(user, '01-kqgq', query), query.format, formTable);
  }

  @Get('forms/03-kqgq')
  @ApiOkResponse({
    type: FormReportDto,
    description: 'form 03/KQGQ: denunciations resolved within competence (DOMAIN.md 8)',
  })
  async denunciationForm(
    @CurrentUser() user: AuthUser,
    @Query() query: FormReportQuery,
  ): Promise<FormReport | StreamableFile> {
    return reportOutput(await this.forms.form(user, '03-kqgq', query), query.format, formTable);
  }
}
