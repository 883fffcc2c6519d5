import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import { NOTIFICATION_STAGES, NOTIFICATION_STATUSES } from './notification.entity.js';
import type { NotificationStage, NotificationStatus } from './notification.entity.js';

/** A mail of the outbox (`GET /notifications`, `POST /notifications/:id/retry`). */
export class NotificationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId: string | null;

  @ApiProperty({ enum: NOTIFICATION_STAGES })
  stage: NotificationStage;

  @ApiProperty({ description: '`(sealed)` for a denunciator' })
  recipient: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  deadline: string | null;

  @ApiProperty({ enum: NOTIFICATION_STATUSES })
  status: NotificationStatus;

  @ApiProperty({ description: 'sending attempts so far, over every retry' })
  attempts: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'why the last attempt failed' })
  lastError: string | null;
}

export class NotificationPageDto extends PageResponse(NotificationResponse) {}
