import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { CreateUserDto, UpdateUserDto, UsersQuery } from './dto/user.dto.js';
import { type UserResponse, UsersService } from './users.service.js';
import { UserPageDto, UserResponseDto } from './users.response.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiCreatedResponse({ type: UserResponseDto })
  @Post()
  create(@Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(dto);
  }

  @ApiOkResponse({ type: UserPageDto })
  @Get()
  list(@Query() query: UsersQuery): Promise<Page<UserResponse>> {
    return this.users.list(query);
  }

  @ApiOkResponse({ type: UserResponseDto })
  @Patch(':id')
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(actor, id, dto);
  }
}
