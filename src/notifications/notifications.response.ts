import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import {
  NOTIFICATION_STAGES,
  NOTIFICATION_STATUSES,
  type NotificationStage,
  type NotificationStatus,
} from './notification.entity.js';
import type { NotificationResponse } from './notifications.service.js';

export class NotificationResponseDto implements NotificationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId: string | null;

  @ApiProperty({ enum: NOTIFICATION_STAGES, enumName: 'NotificationStage' })
  stage: NotificationStage;

  @ApiProperty()
  recipient: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  deadline: string | null;

  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' })
  status: NotificationStatus;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
}

export class NotificationPageDto extends PageResponse(NotificationResponseDto) {}
