import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsQueryInt } from './decorators.js';

export class PaginationQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @IsQueryInt(1, 1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @IsQueryInt(1, 200)
  limit: number = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
