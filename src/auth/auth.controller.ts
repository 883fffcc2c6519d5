import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/http/request-context.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UserResponseDto } from '../users/users.response.js';
import { type UserResponse, UsersService } from '../users/users.service.js';
import { CurrentUser, Public } from './auth.decorators.js';
import { LoginResponseDto } from './auth.response.js';
import { type LoginResponse, AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers the bearer token (API.md) and sets the same session as an httpOnly cookie for the web app. */
  @Public()
  @ApiOkResponse({ type: LoginResponseDto })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const body = await this.auth.login(dto, ip);
    const secure = this.config.env === 'production';
    void reply.header(
      'set-cookie',
      sessionCookie(body.accessToken, this.config.jwt.expiresInSeconds, secure),
    );
    return body;
  }

  /** Clears the session cookie (a bearer token simply stops being sent). */
  @Public()
  @ApiNoContentResponse()
  @Post('logout')
  @HttpCode(204)
  logout(@Res({ passthrough: true }) reply: FastifyReply): void {
    void reply.header('set-cookie', clearedSessionCookie(this.config.env === 'production'));
  }

  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponseDto })
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<UserResponse> {
    return this.users.get(user.id);
  }
}
