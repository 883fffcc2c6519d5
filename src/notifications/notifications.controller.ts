import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { NotificationQuery } from './dto/notification-query.dto.js';
import { type NotificationResponse, NotificationsService } from './notifications.service.js';
import { NotificationPageDto } from './notifications.response.js';

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
}
