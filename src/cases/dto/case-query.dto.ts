import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsBusinessDate, IsSearchText } from '../../common/validation/decorators.js';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import { CASE_KINDS, type CaseKind, type CaseProcedure, PROCEDURES } from '../domain/case-kind.js';
import { CASE_STATUSES, type CaseStatus } from '../domain/case-status.js';

export class CaseQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: Object.values(PROCEDURES).flat() })
  @IsOptional()
  @IsIn(Object.values(PROCEDURES).flat())
  procedure?: CaseProcedure;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ enum: ['true'], description: 'only the cases assigned to nobody' })
  @IsOptional()
  @IsIn(['true'])
  unassigned?: 'true';

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ example: '2024-03-31' })
  @IsOptional()
  @IsBusinessDate()
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2024-03-01', description: 'due date on or after (inclusive)' })
  @IsOptional()
  @IsBusinessDate()
  dueAfter?: string;

  @ApiPropertyOptional({
    example: '2024-03-01',
    description: 'received on or after this business date (inclusive, Asia/Ho_Chi_Minh)',
  })
  @IsOptional()
  @IsBusinessDate()
  receivedFrom?: string;

  @ApiPropertyOptional({
    example: '2024-03-31',
    description: 'received on or before this business date (inclusive)',
  })
  @IsOptional()
  @IsBusinessDate()
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'search subject, content and applicant name, diacritics ignored' })
  @IsOptional()
  @IsSearchText(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['dueDate', '-dueDate', 'receivedAt', '-receivedAt'], default: '-receivedAt' })
  @IsOptional()
  @IsIn(['dueDate', '-dueDate', 'receivedAt', '-receivedAt'])
  sort?: 'dueDate' | '-dueDate' | 'receivedAt' | '-receivedAt';
}

export class PublicLookupQuery {
  @ApiProperty({ example: '123456', description: 'the 6-digit tracking pin printed on the receipt' })
  @Matches(/^\d{6}$/, { message: 'pin must be 6 digits' })
  pin: string;
}
