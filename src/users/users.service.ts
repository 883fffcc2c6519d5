import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { type AppConfig, generatePassword } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Unit } from '../units/unit.entity.js';
import type { CreateUserDto, UpdateUserDto, UsersQuery } from './dto/user.dto.js';
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

/** How long the per-request user check (active, role, unit) may be served from memory. */
const AUTH_CACHE_MS = 5_000;

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly authCache = new Map<string, { user: AuthUser | null; until: number }>();

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
      return toUserResponse(user);
    });
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : undefined;
    const result = await this.dataSource.transaction(async (manager) => {
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
      if (passwordHash) {
        changes.passwordHash = passwordHash;
        changes.failedLoginCount = 0;
        changes.lockedUntil = null;
      }
      await manager.update(User, id, changes);
      const { passwordHash: _hidden, ...visible } = changes;
      await this.audit.record(manager, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        details: { ...visible, ...(passwordHash ? { passwordChanged: true } : {}) },
      });
      return { ...user, ...changes };
    });
    this.authCache.delete(id);
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

  /** The active user behind a token, with the path of their unit; cached for a few seconds. */
  async findActiveAuthUser(id: string): Promise<AuthUser | null> {
    const now = Date.now();
    const cached = this.authCache.get(id);
    if (cached && cached.until > now) {
      return cached.user;
    }
    const user =
      (await this.users
        .createQueryBuilder('u')
        .leftJoin(Unit, 'unit', 'unit.id = u.unit_id')
        .select(['u.id AS id', 'u.username AS username', 'u.full_name AS "fullName"', 'u.role AS role'])
        .addSelect(['u.unit_id AS "unitId"', 'unit.path AS "unitPath"'])
        .where('u.id = :id AND u.active', { id })
        .getRawOne<AuthUser>()) ?? null;
    if (this.authCache.size > 10_000) {
      this.authCache.clear();
    }
    this.authCache.set(id, { user, until: now + AUTH_CACHE_MS });
    return user;
  }

  /**
   * Creates the first administrator when no admin exists: from ADMIN_USERNAME / ADMIN_PASSWORD, or (development)
   * `admin` with a generated password written once to the log. Safe when several instances start together.
   */
  async ensureFirstAdmin(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['first-admin']);
      if (await manager.existsBy(User, { role: 'admin' })) {
        return;
      }
      const username = this.config.admin.username ?? 'admin';
      const password = this.config.admin.password ?? generatePassword();
      const user = manager.create(User, {
        username: username.toLowerCase(),
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
      if (this.config.admin.password) {
        this.logger.log(`created the first admin "${user.username}" from ADMIN_USERNAME / ADMIN_PASSWORD`);
      } else {
        this.logger.warn(
          `created the first admin "${user.username}" with the generated password: ${password}`,
        );
      }
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
