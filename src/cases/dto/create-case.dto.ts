import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PersonDto } from '../../citizens/dto/person.dto.js';
import { IsOptionalInstant, IsText, LIMITS, present } from '../../common/validation/decorators.js';
import { CHANNELS, type Channel } from '../case.entity.js';
import { CASE_KINDS, type CaseKind } from '../domain/case-kind.js';

/** The applicant of a case: a person, and an e-mail address for the notices (issue 6). */
export class ApplicantDto extends PersonDto {
  @ApiPropertyOptional({ example: 'a@example.vn' })
  @ValidateIf(present)
  @IsEmail({}, { message: 'applicant.email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;
}

export class CreateCaseDto {
  @ApiProperty({ enum: CASE_KINDS })
  @IsIn(CASE_KINDS)
  kind: CaseKind;

  @ApiPropertyOptional({ example: 'first_instance', description: 'by kind, see API.md' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(32)
  procedure?: string | null;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiPropertyOptional({ description: 'ISO 8601 with offset; default now; never in the future' })
  @IsOptionalInstant()
  receivedAt?: string | null;

  @ApiPropertyOptional({ type: ApplicantDto })
  @ValidateIf(present)
  @IsObject({ message: 'applicant must be an object' })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant?: ApplicantDto | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;

  @ApiProperty()
  @IsText(LIMITS.subject)
  subject: string;

  @ApiProperty()
  @IsText(LIMITS.content)
  content: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  receptionId?: string | null;
}
