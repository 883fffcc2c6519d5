import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsText, LIMITS } from '../../common/validation/decorators.js';
import { UNIT_LEVELS, type UnitLevel } from '../unit.entity.js';

export class CreateUnitDto {
  @ApiProperty({ example: 'UBND-TP', description: '1 to 32 letters, digits, "-" or "_"; unique' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1 to 32 letters, digits, "-" or "_"' })
  code: string;

  @ApiProperty({ example: 'UBND thành phố' })
  @IsText(LIMITS.name)
  name: string;

  @ApiProperty({ enum: UNIT_LEVELS })
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ description: 'vùng sâu, vùng xa (DOMAIN.md 2.1)' })
  @IsOptional()
  @IsBoolean()
  remoteArea?: boolean | null;
}
