import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { IsOptionalInstant, IsOptionalText, LIMITS, present } from '../../common/validation/decorators.js';
import { CASE_OUTCOMES, COMPLEXITIES, type CaseOutcome, type Complexity } from '../domain/case-kind.js';

/**
 * The body of every action (API.md): each action reads the fields it needs and the workflow says which are
 * required. Fields that belong to no action are refused (400).
 */
export class CaseActionDto {
  @ApiPropertyOptional({ description: 'when it happened on paper; default now' })
  @IsOptionalInstant()
  occurredAt?: string | null;

  @ApiPropertyOptional({ description: 'the version read; 409 if stale' })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  version?: number | null;

  @ApiPropertyOptional({ enum: COMPLEXITIES })
  @ValidateIf(present)
  @IsIn(COMPLEXITIES)
  complexity?: Complexity | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  remoteArea?: boolean | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.reason)
  reason?: string | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.name)
  toAuthority?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ minimum: 1 })
  @ValidateIf(present)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number | null;

  @ApiPropertyOptional({ enum: CASE_OUTCOMES })
  @ValidateIf(present)
  @IsIn(CASE_OUTCOMES)
  outcome?: CaseOutcome | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.reason)
  summary?: string | null;

  @ApiPropertyOptional()
  @IsOptionalText(100)
  decisionNumber?: string | null;
}
