import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsOptionalText, LIMITS } from '../../common/validation/decorators.js';
import { ROLES, type Role } from '../user.entity.js';

/** `GET /staff?unitId=&role=&q=`. */
export class StaffQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "one unit of the caller's tree" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'part of the full name; diacritics and case do not matter' })
  @IsOptionalText(LIMITS.name)
  q?: string | null;
}
