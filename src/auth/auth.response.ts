import { ApiProperty } from '@nestjs/swagger';
import { UserResponseDto } from '../users/users.response.js';
import type { LoginResponse } from './auth.service.js';

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Bearer token; the same session is also set as an httpOnly cookie' })
  accessToken: string;

  @ApiProperty({ type: () => UserResponseDto })
  user: UserResponseDto;
}
