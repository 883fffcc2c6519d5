import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { IsQueryText } from '../../common/validation/decorators.js';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../audit-log.entity.js';

export class AuditQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsQueryText(64)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'case.accept' })
  @IsOptional()
  @IsQueryText(64)
  action?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 date or timestamp' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 date or timestamp' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
