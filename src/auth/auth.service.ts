import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { clientKey } from '../common/http/client-address.js';
import { RateLimiterService } from '../redis/rate-limiter.service.js';
import { User } from '../users/user.entity.js';
import { PasswordService } from '../users/password.service.js';
import { type UserResponse, toUserResponse } from '../users/users.service.js';
import type { LoginDto } from './dto/login.dto.js';
import { LoginClient } from '../users/login-client.entity.js';
import { clearLoginFailures, countLoginFailure } from '../users/login-attempts.js';

/** Wrong passwords in a row from one client (address or IPv6 /64) that lock that client out of the account. */
export const MAX_FAILED_LOGINS = 5;
/** Wrong passwords in a row from all clients that lock the account for the clients not known to it. */
export const MAX_ACCOUNT_FAILED_LOGINS = 20;
export const LOCKOUT_MINUTES = 15;
/** A client that signed in to the account within this many days is known: the account-wide lock spares it. */
export const KNOWN_CLIENT_DAYS = 90;
const REFUSED = 'Invalid username or password, or the account is locked or deactivated';

export interface LoginResponse {
  accessToken: string;
  user: UserResponse;
}

/** The claims of an access token: the user and the session version it was issued for. */
export interface TokenPayload {
  sub: string;
  sv: number;
  exp?: number;
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
   * Checks the password. Five failures in a row from one client lock that client out of the account for 15
   * minutes; twenty from anywhere lock it for the clients that have not signed in to it lately. Unknown users,
   * wrong passwords, locked and deactivated accounts all get the same answer, at the same cost. The hash runs
   * with no database connection held; the counters and the audit row are then written in one short transaction.
   */
  async login(dto: LoginDto, ip: string | null): Promise<LoginResponse> {
    const client = clientKey(ip);
    await this.rateLimiter.hit(`login:${client}`, 60, 60);
    const manager = this.dataSource.manager;
    const user = await manager.findOneBy(User, { username: dto.username.toLowerCase() });
    const seen = user ? await manager.findOneBy(LoginClient, { userId: user.id, client }) : null;
    const now = this.clock.now();
    if (!user || !user.active || this.locked(user, seen, now)) {
      await this.passwords.verifyDummy(dto.password);
      throw new DomainError('unauthenticated', REFUSED);
    }
    if (!(await this.passwords.verify(user.passwordHash, dto.password))) {
      await this.dataSource.transaction((tx) => this.recordFailure(tx, user, client, now));
      throw new DomainError('unauthenticated', REFUSED);
    }
    await this.dataSource.transaction((tx) => this.recordSuccess(tx, user, client, now));
    const payload: TokenPayload = { sub: user.id, sv: user.sessionVersion };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.jwt.expiresInSeconds });
    return { accessToken, user: toUserResponse(user) };
  }

  private locked(user: User, seen: LoginClient | null, now: Date): boolean {
    if (seen?.lockedUntil && seen.lockedUntil > now) {
      return true;
    }
    const knownSince = new Date(now.getTime() - KNOWN_CLIENT_DAYS * 86_400_000);
    const known = !!seen?.lastSuccessAt && seen.lastSuccessAt > knownSince;
    return !!user.lockedUntil && user.lockedUntil > now && !known;
  }

  private async recordFailure(tx: EntityManager, user: User, client: string, now: Date): Promise<void> {
    const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    const { client: clientRow, account: accountRow } = await countLoginFailure(
      tx,
      { userId: user.id, client, until },
      { client: MAX_FAILED_LOGINS, account: MAX_ACCOUNT_FAILED_LOGINS },
    );
    const scope = accountRow.locked ? 'account' : clientRow.locked ? 'client' : null;
    await this.audit.record(tx, {
      action: scope ? 'auth.locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: user.id,
      actorId: user.id,
      details: scope
        ? { scope, minutes: LOCKOUT_MINUTES }
        : { failures: clientRow.failures, accountFailures: accountRow.failures },
    });
  }

  private async recordSuccess(tx: EntityManager, user: User, client: string, now: Date): Promise<void> {
    await clearLoginFailures(tx, user.id, client, now);
    await this.audit.record(tx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      actorId: user.id,
    });
  }
}
