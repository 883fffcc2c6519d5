import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/validation/pagination.dto.js';
import {
  NOTIFICATION_STAGES,
  NOTIFICATION_STATUSES,
  type NotificationStage,
  type NotificationStatus,
} from '../notification.entity.js';

export class NotificationQuery extends PaginationQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_STAGES })
  @IsOptional()
  @IsIn(NOTIFICATION_STAGES)
  stage?: NotificationStage;

  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;
}
