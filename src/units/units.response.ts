import { ApiProperty } from '@nestjs/swagger';
import { UNIT_LEVELS, type UnitLevel } from './unit.entity.js';
import type { UnitResponse } from './units.service.js';

export class UnitResponseDto implements UnitResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: UNIT_LEVELS, enumName: 'UnitLevel' })
  level: UnitLevel;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId: string | null;

  @ApiProperty()
  remoteArea: boolean;
}
