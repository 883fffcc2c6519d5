import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { DomainError, ForbiddenError } from '../common/errors/domain-error.js';
import { type AuthUser, requestContext } from '../common/http/request-context.js';
import type { Role } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { IS_PUBLIC, ROLES_KEY } from './auth.decorators.js';
import type { TokenPayload } from './auth.service.js';
import { isSameSiteRequest, sessionTokenOf } from './session-cookie.js';

/**
 * Verified signatures, kept a few seconds: verifying is the largest CPU cost of a small request. Only what the
 * signature proves is kept; whether the session still holds is read from the database on every request.
 */
const VERIFIED_MS = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Global guard: a valid bearer token (HS256 only; or the web app's session cookie, see session-cookie.ts) of an active user whose session version it still carries (401
 * otherwise), then the role list of `@Roles` (403). The user row is read on every request, so a password, role
 * or unit change or a deactivation ends the user's sessions at once, on every instance.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  private readonly verified = new Map<string, { payload: TokenPayload; until: number }>();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const user = await this.authenticate(request.headers.authorization ?? this.fromCookie(request));
    request.user = user;
    const store = requestContext.get();
    if (store) {
      store.user = user;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenError(`This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }

  /** The session cookie, as a bearer header; refused for a change that another site may have sent. */
  private fromCookie(request: FastifyRequest): string | undefined {
    const token = sessionTokenOf(request.headers.cookie);
    if (token && !isSameSiteRequest(request)) {
      throw new ForbiddenError('A change made with the session cookie must come from this site');
    }
    return token ? `Bearer ${token}` : undefined;
  }

  private async authenticate(header: string | undefined): Promise<AuthUser> {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) {
      throw new DomainError('unauthenticated', 'A bearer token is required');
    }
    const payload = await this.verify(token);
    const user = await this.users.findActiveAuthUser(payload.sub, payload.sv);
    if (!user) {
      throw new DomainError('unauthenticated', 'The session has ended or the account is deactivated');
    }
    return user;
  }

  private async verify(token: string): Promise<TokenPayload> {
    const now = Date.now();
    const hit = this.verified.get(token);
    if (hit && hit.until > now && (hit.payload.exp === undefined || hit.payload.exp * 1000 > now)) {
      return hit.payload;
    }
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token, { algorithms: ['HS256'] });
    } catch {
      throw new DomainError('unauthenticated', 'The token is invalid or expired');
    }
    if (!UUID.test(String(payload.sub)) || !Number.isInteger(payload.sv)) {
      throw new DomainError('unauthenticated', 'The token is invalid or expired');
    }
    if (this.verified.size > 10_000) {
      this.verified.clear();
    }
    this.verified.set(token, { payload, until: now + VERIFIED_MS });
    return payload;
  }
}
