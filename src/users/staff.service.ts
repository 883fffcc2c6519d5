import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/http/request-context.js';
import { subtreePattern } from '../units/unit-scope.js';
import type { Role } from './user.entity.js';
import { User } from './user.entity.js';

export interface StaffMember {
  id: string;
  fullName: string;
  role: Role;
  unitId: string | null;
}

export interface StaffList {
  items: StaffMember[];
}

/**
 * Active staff of the caller's unit tree (API.md `GET /staff`): a leader's or inspector's unit and its
 * sub-units, reception and clerks their own unit, an admin everyone. At most 200, by name.
 */
@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: { unitId?: string; role?: Role; q?: string }): Promise<StaffList> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoin('u.unit', 'unit')
      .where('u.active = true')
      .orderBy('u.fullName', 'ASC')
      .limit(200);
    if (user.role === 'leader' || user.role === 'inspector') {
      qb.andWhere('unit.path LIKE :pattern', { pattern: subtreePattern(user) });
    } else if (user.role !== 'admin') {
      qb.andWhere('u.unitId = :own', { own: user.unitId ?? '00000000-0000-0000-0000-000000000000' });
    }
    if (query.unitId) {
      qb.andWhere('u.unitId = :unitId', { unitId: query.unitId });
    }
    if (query.role) {
      qb.andWhere('u.role = :role', { role: query.role });
    }
    if (query.q) {
      qb.andWhere('u.fullName ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    }
    const users = await qb.getMany();
    return { items: users.map((u) => ({ id: u.id, fullName: u.fullName, role: u.role, unitId: u.unitId })) };
  }
}
