import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOptionalIdNumber,
  IsOptionalPhone,
  IsOptionalText,
  IsText,
  LIMITS,
} from '../../common/validation/decorators.js';

/** A citizen as a desk records them: a name, and optionally an ID number, an address and a phone number. */
export class PersonDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsText(LIMITS.name)
  fullName: string;

  @ApiPropertyOptional({ example: '051090001234', description: '12-digit căn cước or 9-digit CMND' })
  @IsOptionalIdNumber()
  idNumber?: string | null;

  @ApiPropertyOptional()
  @IsOptionalText(LIMITS.address)
  address?: string | null;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptionalPhone()
  phone?: string | null;
}
