import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateBy, type ValidationArguments } from 'class-validator';
import { IsBusinessDate, IsQueryInt } from '../../common/validation/decorators.js';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import {
  DEFAULT_CUTOFF_DAY,
  isIsoDate,
  PERIOD_SCHEMES,
  type PeriodScheme,
} from '../domain/report-periods.js';
import { REPORT_KINDS, type ReportKind } from '../domain/resolution-rows.js';
import { RESOLUTION_BUCKETS, type ResolutionBucket } from '../../cases/statistics/statistics-types.js';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Not before the date in `property` (compared as `YYYY-MM-DD` text, which orders like dates). */
function IsNotBefore(property: string): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBefore',
    constraints: [property],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const other = (args?.object as Record<string, unknown>)[property];
        return typeof value !== 'string' || typeof other !== 'string' || !isIsoDate(other) || value >= other;
      },
      defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be before ${property}`,
    },
  });
}

function ReportFormatProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: REPORT_FORMATS,
      default: 'json',
      description: 'csv: UTF-8 with BOM; xlsx: Excel',
    }),
    IsOptional(),
    IsIn(REPORT_FORMATS),
  );
}

function UnitIdProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      format: 'uuid',
      description: 'a unit and its sub-units (inspectors: their own unit only); default: your scope',
    }),
    IsOptional(),
    IsUUID(),
  );
}

export class ResolutionReportQuery {
  @ApiProperty({ example: '2023-01-01', description: 'first business date of the period (inclusive)' })
  @IsBusinessDate()
  from: string;

  @ApiProperty({ example: '2023-12-31', description: 'last business date of the period (inclusive)' })
  @IsBusinessDate()
  @IsNotBefore('from')
  to: string;

  @UnitIdProperty()
  unitId?: string;

  @ReportFormatProperty()
  format?: ReportFormat;
}

export class MonthlyReportQuery {
  @ApiProperty({ example: 2023 })
  @IsQueryInt(1900, 9999)
  year: number;

  @ApiPropertyOptional({
    enum: PERIOD_SCHEMES,
    default: 'calendar',
    description: 'official: the 15th of the previous month to the 14th (DOMAIN.md 12.8)',
  })
  @IsOptional()
  @IsIn(PERIOD_SCHEMES)
  periods: PeriodScheme = 'calendar';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 28,
    default: DEFAULT_CUTOFF_DAY,
    description: 'official periods only',
  })
  @IsOptional()
  @IsQueryInt(1, 28)
  cutoffDay: number = DEFAULT_CUTOFF_DAY;

  @UnitIdProperty()
  unitId?: string;

  @ReportFormatProperty()
  format?: ReportFormat;
}

export class ResolutionCasesQuery extends PaginationQuery {
  @ApiProperty({ enum: REPORT_KINDS })
  @IsIn(REPORT_KINDS)
  kind: ReportKind;

  @ApiProperty({ enum: RESOLUTION_BUCKETS })
  @IsIn(RESOLUTION_BUCKETS)
  bucket: ResolutionBucket;

  @ApiProperty({ example: '2023-01-01' })
  @IsBusinessDate()
  from: string;

  @ApiProperty({ example: '2023-12-31' })
  @IsBusinessDate()
  @IsNotBefore('from')
  to: string;

  @UnitIdProperty()
  unitId?: string;

  @ReportFormatProperty()
  format?: ReportFormat;
}

/** A period and a unit tree, as for the resolution report. */
export class ReceptionReportQuery extends ResolutionReportQuery {}

/** The official form layouts (DOMAIN.md 8): a period and a unit tree. */
export class FormReportQuery extends ResolutionReportQuery {}
