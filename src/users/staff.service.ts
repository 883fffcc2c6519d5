import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/http/request-context.js';
import { foldVietnamese } from '../cases/domain/search-text.js';
import { subtreePattern } from '../units/unit-scope.js';
import type { StaffQuery } from './dto/staff-query.dto.js';
import type { StaffListResponse, StaffMemberResponse } from './staff.response.js';

/** The most people one answer lists: a picker narrows with `q`. */
export const STAFF_LIMIT = 200;

const BY_NAME = new Intl.Collator('vi');

/**
 * The people a user may pick as an assignee or a hosting leader: active users of the caller's unit tree
 * (leaders and inspectors: their unit and its sub-units; reception and clerks: their unit; admins: all).
 */
@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: StaffQuery): Promise<StaffListResponse> {
    const rows = await this.dataSource.query<StaffMemberResponse[]>(
      `SELECT u.id, u.full_name AS "fullName", u.role, u.unit_id AS "unitId"
         FROM app_user u LEFT JOIN unit ON unit.id = u.unit_id
        WHERE u.active AND ${this.scope(user)}
          AND ($2::uuid IS NULL OR u.unit_id = $2) AND ($3::text IS NULL OR u.role = $3)`,
      [this.reach(user), query.unitId ?? null, query.role ?? null],
    );
    const q = query.q ? foldVietnamese(query.q) : '';
    const items = rows
      .filter((r) => !q || foldVietnamese(r.fullName).includes(q))
      .sort((a, b) => BY_NAME.compare(a.fullName, b.fullName))
      .slice(0, STAFF_LIMIT);
    return { items };
  }

  /** The SQL condition of the caller's reach, on the parameter `$1` that `reach` gives. */
  private scope(user: AuthUser): string {
    switch (user.role) {
      case 'admin':
        return '$1::text IS NULL';
      case 'leader':
      case 'inspector':
        return 'unit.path LIKE $1::text';
      case 'reception':
      case 'clerk':
        return 'u.unit_id::text = $1::text';
    }
  }

  private reach(user: AuthUser): string | null {
    if (user.role === 'admin') {
      return null;
    }
    // A user without a unit reaches nobody (the pattern and the id then match nothing).
    return user.role === 'leader' || user.role === 'inspector'
      ? subtreePattern(user)
      : (user.unitId ?? '\u0000');
  }
}
