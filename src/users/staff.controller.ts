import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import { StaffQuery } from './dto/staff-query.dto.js';
import { StaffListResponse } from './staff.response.js';
import { StaffService } from './staff.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({
    summary: "The active people of the caller's unit tree, for the assignee and hosting-leader pickers",
    description: 'At most 200, sorted by name; `q` matches part of the name without diacritics.',
  })
  @ApiOkResponse({ type: StaffListResponse })
  list(@CurrentUser() user: AuthUser, @Query() query: StaffQuery): Promise<StaffListResponse> {
    return this.staff.list(user, query);
  }
}
