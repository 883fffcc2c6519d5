import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CHANNELS, type Channel } from '../../cases/case.entity.js';
import { CreateCaseDto } from '../../cases/dto/create-case.dto.js';
import { IsOptionalInstant, IsOptionalText, LIMITS } from '../../common/validation/decorators.js';

/**
 * The body of `POST /receptions/:id/cases`: as `POST /cases`, with defaults from the visit (applicant: its
 * first representative; channel: in_person; receivedAt: the visit time; unitId: the visit's unit).
 */
export class OpenVisitCaseDto extends OmitType(CreateCaseDto, ['receptionId', 'channel'] as const) {
  @ApiPropertyOptional({ enum: CHANNELS, default: 'in_person' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class ReplyDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset; default now' })
  @IsOptionalInstant()
  repliedAt?: string | null;

  @ApiPropertyOptional({ description: 'how the reply was given (accepted, forwarded, refused...)' })
  @IsOptionalText(LIMITS.reason)
  note?: string | null;
}
