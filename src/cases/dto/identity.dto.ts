import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptionalText, LIMITS } from '../../common/validation/decorators.js';

/** `?reason=` of an identity reveal: optional, written to the audit log. */
export class IdentityQuery {
  @ApiPropertyOptional({
    maxLength: LIMITS.reason,
    description: 'why the identity is needed; written to the audit log with the reveal',
  })
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptionalText(LIMITS.reason)
  reason?: string | null;
}

/** An applicant as revealed (Swagger description of `GET /cases/:id/identity`). */
export class RevealedApplicantDto {
  @ApiProperty()
  fullName: string;

  @ApiProperty({ type: String, nullable: true })
  idNumber: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;
}

export class CaseIdentityDto {
  @ApiProperty({
    type: RevealedApplicantDto,
    nullable: true,
    description: 'null for an anonymous case',
  })
  applicant: RevealedApplicantDto | null;
}
