import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { NotificationQuery } from './dto/notification-query.dto.js';
import { NotificationPageDto, NotificationResponse } from './notification.response.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOkResponse({ type: NotificationPageDto })
  @Get()
  @Roles('admin', 'leader')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationQuery,
  ): Promise<Page<NotificationResponse>> {
    return this.notifications.list(user, query);
  }

  @Post(':id/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed mail again: back to pending, queued again, audited' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiConflictResponse({ description: 'the mail is not failed' })
  retry(@Param('id', ParseUUIDPipe) id: string): Promise<NotificationResponse> {
    return this.notifications.retry(id);
  }
}
