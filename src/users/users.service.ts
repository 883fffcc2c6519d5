import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/domain-error.js';
import { type AuthUser, requestContext } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { type AppConfig, generatePassword } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { prepared, runPrepared } from '../database/prepared.js';
import { Unit } from '../units/unit.entity.js';
import type { CreateUserDto, UpdateUserDto, UsersQuery } from './dto/user.dto.js';
import { LoginClient } from './login-client.entity.js';
import { PasswordService } from './password.service.js';
import { type Role, User } from './user.entity.js';

export interface UserResponse {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  unitId: string | null;
  active: boolean;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    active: user.active,
  };
}

/** Roles that may read sealed identities: every grant of one is audited on its own (`user.role.grant`). */
const SEALED_READER_ROLES: readonly Role[] = ['leader', 'inspector'];
/** Serialises the changes that could leave no active admin (and the creation of the first one). */
const ADMINS_LOCK = 'admins';

/** The session check of every request (a prepared statement: it runs more than any other). */
const ACTIVE_AUTH_USER = prepared(
  'active_auth_user',
  `SELECT u.id, u.username, u.full_name AS "fullName", u.role, u.unit_id AS "unitId", unit.path AS "unitPath"
     FROM app_user u LEFT JOIN unit ON unit.id = u.unit_id
    WHERE u.id = $1 AND u.active AND u.session_version = $2`,
);

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateUserDto): Promise<UserResponse> {
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      await this.checkUnit(manager, dto.role, dto.unitId ?? null);
      if (await manager.existsBy(User, { username: dto.username })) {
        throw new ConflictError(`The username ${dto.username} is taken`);
      }
      const user = manager.create(User, {
        username: dto.username,
        passwordHash,
        fullName: dto.fullName,
        email: dto.email ?? null,
        role: dto.role,
        unitId: dto.unitId ?? null,
      });
      await manager.save(user);
      await this.audit.record(manager, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        details: { username: user.username, role: user.role, unitId: user.unitId },
      });
      await this.auditGrant(manager, null, user);
      return toUserResponse(user);
    });
  }

  /**
   * Changes a user. A change of password, role or unit and a deactivation end the user's sessions (the session
   * version in their tokens no longer matches). An admin may not change their own role or unit nor deactivate
   * themselves, and nobody may leave the system without an active admin.
   */
  async update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ADMINS_LOCK]);
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) {
        throw new NotFoundError(`No user ${id}`);
      }
      const changes: Partial<User> = {};
      if (dto.fullName !== undefined) {
        changes.fullName = dto.fullName;
      }
      if (dto.email !== undefined) {
        changes.email = dto.email;
      }
      if (dto.role !== undefined) {
        changes.role = dto.role;
      }
      if (dto.unitId !== undefined) {
        changes.unitId = dto.unitId;
      }
      if (dto.active !== undefined) {
        changes.active = dto.active;
      }
      await this.checkUnit(
        manager,
        changes.role ?? user.role,
        changes.unitId !== undefined ? changes.unitId : user.unitId,
      );
      const after = { ...user, ...changes };
      const moved = after.role !== user.role || after.unitId !== user.unitId;
      const deactivated = user.active && !after.active;
      await this.checkAdminChange(manager, actor, user, after, moved || deactivated);
      if (passwordHash) {
        changes.passwordHash = passwordHash;
        changes.failedLoginCount = 0;
        changes.lockedUntil = null;
      }
      const endsSessions = !!passwordHash || moved || deactivated;
      await manager.update(User, id, {
        ...changes,
        ...(endsSessions ? { sessionVersion: () => 'session_version + 1' } : {}),
      });
      if (passwordHash) {
        await manager.update(LoginClient, { userId: id }, { failedCount: 0, lockedUntil: null });
      }
      const { passwordHash: _hidden, ...visible } = changes;
      await this.audit.record(manager, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        details: {
          ...visible,
          ...(passwordHash ? { passwordChanged: true } : {}),
          ...(endsSessions ? { sessionsEnded: true } : {}),
        },
      });
      if (moved) {
        await this.auditGrant(manager, user, after);
      }
      return after;
    });
    return toUserResponse(result);
  }

  async list(query: UsersQuery): Promise<Page<UserResponse>> {
    const [rows, total] = await this.users.findAndCount({
      where: {
        ...(query.role ? { role: query.role } : {}),
        ...(query.unitId ? { unitId: query.unitId } : {}),
      },
      order: { username: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return { items: rows.map(toUserResponse), total, page: query.page, limit: query.limit };
  }

  async get(id: string): Promise<UserResponse> {
    const user = await this.users.findOneBy({ id });
    if (!user) {
      throw new NotFoundError(`No user ${id}`);
    }
    return toUserResponse(user);
  }

  /**
   * The active user behind a token issued for `sessionVersion`, with the path of their unit; null once the
   * session has ended. Read from the database on every request: nothing another API instance would have to
   * invalidate is kept in memory.
   */
  async findActiveAuthUser(id: string, sessionVersion: number): Promise<AuthUser | null> {
    const [user] = await runPrepared<AuthUser>(this.dataSource.manager, ACTIVE_AUTH_USER, [
      id,
      sessionVersion,
    ]);
    return user ?? null;
  }

  /**
   * Creates the first administrator when no active admin exists: ADMIN_USERNAME (default `admin`) with
   * ADMIN_PASSWORD; in development only, without ADMIN_PASSWORD, `admin` with a generated password written once
   * to the log. Never stops the start: when no admin can be created it says why and what to set. Safe when
   * several instances start together.
   */
  async ensureFirstAdmin(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ADMINS_LOCK]);
      if (await manager.existsBy(User, { role: 'admin', active: true })) {
        return;
      }
      const username = (this.config.admin.username ?? 'admin').toLowerCase();
      const generated = this.config.env === 'development' && !this.config.admin.password;
      const password = this.config.admin.password ?? (generated ? generatePassword() : null);
      if (password === null) {
        this.logger.error('no active admin exists: set ADMIN_PASSWORD (and ADMIN_USERNAME) and restart');
        return;
      }
      if (await manager.existsBy(User, { username })) {
        this.logger.error(
          `no active admin exists and the username "${username}" is taken: set another ADMIN_USERNAME and restart`,
        );
        return;
      }
      const user = manager.create(User, {
        username,
        passwordHash: await this.passwords.hash(password),
        fullName: 'Administrator',
        role: 'admin',
        unitId: null,
      });
      await manager.save(user);
      await this.audit.record(manager, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        actorId: null,
        details: { username: user.username, role: 'admin', firstAdmin: true },
      });
      if (generated) {
        this.logger.warn(
          `created the first admin "${user.username}" with the generated password: ${password}`,
        );
      } else {
        this.logger.log(`created the first admin "${user.username}" from ADMIN_PASSWORD`);
      }
    });
  }

  /**
   * An admin may not change their own role or unit nor deactivate themselves (they could make themselves a
   * reader of sealed identities, or lock everyone out); and the last active admin stays an active admin.
   */
  private async checkAdminChange(
    manager: EntityManager,
    actor: AuthUser,
    before: User,
    after: User,
    changed: boolean,
  ): Promise<void> {
    if (!changed) {
      return;
    }
    if (actor.id === before.id) {
      throw new ForbiddenError(
        'An administrator may not change their own role or unit, nor deactivate themselves',
      );
    }
    const leavesAdmins =
      before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active);
    if (leavesAdmins && (await manager.countBy(User, { role: 'admin', active: true })) <= 1) {
      throw new ConflictError('The last active administrator may not be demoted or deactivated');
    }
  }

  /** A grant of a role that reads sealed identities (or of such a role in another unit), with who granted it. */
  private async auditGrant(manager: EntityManager, before: User | null, after: User): Promise<void> {
    if (!SEALED_READER_ROLES.includes(after.role)) {
      return;
    }
    await this.audit.record(manager, {
      action: 'user.role.grant',
      entityType: 'user',
      entityId: after.id,
      details: {
        role: after.role,
        unitId: after.unitId,
        previousRole: before?.role ?? null,
        previousUnitId: before?.unitId ?? null,
        grantedBy: requestContext.get()?.user?.id ?? null,
      },
    });
  }

  private async checkUnit(manager: EntityManager, role: Role, unitId: string | null): Promise<void> {
    if (unitId === null) {
      if (role !== 'admin') {
        throw new ValidationError(`unitId is required for the role ${role}`);
      }
      return;
    }
    if (!(await manager.existsBy(Unit, { id: unitId }))) {
      throw new ValidationError(`unitId: no unit ${unitId}`);
    }
  }
}
