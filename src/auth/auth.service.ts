import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { RateLimiterService } from '../redis/rate-limiter.service.js';
import { User } from '../users/user.entity.js';
import { PasswordService } from '../users/password.service.js';
import { type UserResponse, toUserResponse } from '../users/users.service.js';
import type { LoginDto } from './dto/login.dto.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const REFUSED = 'Invalid username or password, or the account is locked or deactivated';

export interface LoginResponse {
  accessToken: string;
  user: UserResponse;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiterService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password; five failures in a row lock the account for 15 minutes. Every attempt on a known
   * account writes an audit row (`auth.login` or `auth.login_failed`) in the same transaction as the counters.
   */
  async login(dto: LoginDto, ip: string | null): Promise<LoginResponse> {
    await this.rateLimiter.hit(`login:${ip ?? 'unknown'}`, 60, 60);
    const result = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { username: dto.username.toLowerCase() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) {
        // Same cost and answer as a wrong password, so that usernames cannot be probed.
        await this.passwords.verifyDummy(dto.password);
        return { error: REFUSED } as const;
      }
      const now = this.clock.now();
      // Locked and deactivated accounts get the same answer as a wrong password: usernames cannot be probed.
      if ((user.lockedUntil && user.lockedUntil > now) || !user.active) {
        await this.passwords.verifyDummy(dto.password);
        return { error: REFUSED } as const;
      }
      if (!(await this.passwords.verify(user.passwordHash, dto.password))) {
        const failures = user.failedLoginCount + 1;
        const locked = failures >= MAX_FAILED_LOGINS;
        await manager.update(User, user.id, {
          failedLoginCount: locked ? 0 : failures,
          lockedUntil: locked ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : user.lockedUntil,
        });
        await this.audit.record(manager, {
          action: locked ? 'auth.locked' : 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          actorId: user.id,
          details: { failures },
        });
        return { error: REFUSED } as const;
      }
      await manager.update(User, user.id, { failedLoginCount: 0, lockedUntil: null });
      await this.audit.record(manager, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        actorId: user.id,
      });
      return { user } as const;
    });
    if (!result.user) {
      throw new DomainError('unauthenticated', result.error);
    }
    const accessToken = await this.jwt.signAsync(
      { sub: result.user.id },
      { expiresIn: this.config.jwt.expiresInSeconds },
    );
    return { accessToken, user: toUserResponse(result.user) };
  }
}
