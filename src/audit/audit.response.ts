import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import type { AuditResponse } from './audit.service.js';

export class AuditResponseDto implements AuditResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId: string | null;

  @ApiProperty({ example: 'case.accept' })
  action: string;

  @ApiProperty({ example: 'case' })
  entityType: string;

  @ApiProperty({ type: String, nullable: true })
  entityId: string | null;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

export class AuditPageDto extends PageResponse(AuditResponseDto) {}
