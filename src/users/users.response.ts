import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../common/validation/page.response.js';
import { ROLES, type Role } from './user.entity.js';
import type { UserResponse } from './users.service.js';

export class UserResponseDto implements UserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId: string | null;

  @ApiProperty()
  active: boolean;
}

export class UserPageDto extends PageResponse(UserResponseDto) {}
