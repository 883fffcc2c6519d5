import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsBusinessDate, IsSearchText } from '../../common/validation/decorators.js';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import {
  RECEPTION_CATEGORIES,
  RECEPTION_HOSTS,
  RECEPTION_OUTCOMES,
  type ReceptionCategory,
  type ReceptionHost,
  type ReceptionOutcome,
} from '../domain/reception-rules.js';

export class ReceptionQuery extends PaginationQuery {
  @ApiPropertyOptional({
    example: '2024-03-01',
    description: 'visit date from (inclusive, Asia/Ho_Chi_Minh)',
  })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({ example: '2024-03-31', description: 'visit date to (inclusive)' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;

  @ApiPropertyOptional({ enum: RECEPTION_HOSTS })
  @IsOptional()
  @IsIn(RECEPTION_HOSTS)
  hostedBy?: ReceptionHost;

  @ApiPropertyOptional({ enum: RECEPTION_CATEGORIES })
  @IsOptional()
  @IsIn(RECEPTION_CATEGORIES)
  category?: ReceptionCategory;

  @ApiPropertyOptional({ enum: RECEPTION_OUTCOMES })
  @IsOptional()
  @IsIn(RECEPTION_OUTCOMES)
  outcome?: ReceptionOutcome;

  @ApiPropertyOptional({ description: 'visitor name or ID number, diacritics ignored' })
  @IsOptional()
  @IsSearchText(200)
  q?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: the visits that owe a reply (Art. 28)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  awaitingReply?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class LeaderDaysQuery {
  @ApiProperty({ example: '2024-03' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a unit and its sub-units; default the user’s unit tree',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
