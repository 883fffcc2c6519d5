import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsObject, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  IsOptionalPhone,
  IsOptionalText,
  IsText,
  LIMITS,
  present,
} from '../../common/validation/decorators.js';

/** `POST /cases/:id/notes`: an internal note. */
export class CreateCaseNoteDto {
  @ApiProperty({ maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  text: string;
}

/** The applicant's contact details a correction may change (never the name or the ID number). */
export class ApplicantContactDto {
  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptionalPhone()
  phone?: string | null;

  @ApiPropertyOptional({ example: 'a@example.vn' })
  @ValidateIf(present)
  @IsEmail({}, { message: 'applicant.email must be an e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.address)
  address?: string | null;
}

/** `PATCH /cases/:id`: corrections of details; `null` means absent. */
export class UpdateCaseDto {
  @ApiPropertyOptional({ maxLength: LIMITS.subject })
  @IsOptionalText(LIMITS.subject)
  subject?: string | null;

  @ApiPropertyOptional({ maxLength: LIMITS.content })
  @IsOptionalText(LIMITS.content)
  content?: string | null;

  @ApiPropertyOptional({ type: ApplicantContactDto })
  @ValidateIf(present)
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicantContactDto)
  applicant?: ApplicantContactDto | null;

  @ApiProperty({ description: 'the version read; 409 if stale' })
  @IsInt()
  @Min(1)
  version: number;
}
