import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import { StaffService, type StaffList } from './staff.service.js';
import { StaffListDto } from './users.response.js';
import { ROLES, type Role } from './user.entity.js';

export class StaffQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'part of the full name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** The people a signed-in officer may pick (a hosting leader, an assignee), without the admin-only /users. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @ApiOkResponse({ type: StaffListDto })
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: StaffQuery): Promise<StaffList> {
    return this.staff.list(user, query);
  }
}
