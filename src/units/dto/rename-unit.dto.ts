import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../common/validation/decorators.js';

/** A unit keeps its code, level and place in the tree; only its name changes (a ward renamed by decision). */
export class RenameUnitDto {
  @ApiProperty({ example: 'UBND phường Trần Phú' })
  @IsText(LIMITS.name)
  name: string;
}
