import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { Unit } from '../units/unit.entity.js';
import { monthBounds, receptionQuota } from './domain/leader-quota.js';
import type { LeaderDaysQuery } from './dto/reception-query.dto.js';
import { withinReach } from '../units/unit-scope.js';

export interface LeaderDaysRow {
  leaderId: string;
  fullName: string;
  unitId: string;
  unitLevel: Unit['level'];
  daysHeld: number;
  dates: string[];
  /** Days on which only delegated receptions were logged (ủy quyền tiếp): shown, not counted. */
  delegatedDates: string[];
  quota: number;
  met: boolean;
}

export interface LeaderDaysResponse {
  month: string;
  leaders: LeaderDaysRow[];
}

/**
 * Leaders' reception days of a month against the quota of their unit's level (DOMAIN.md 12.9). A day counts
 * when the leader hosted at least one visit in person that day (Asia/Ho_Chi_Minh date); a reception the
 * leader delegated does not count towards the leader's own quota.
 */
@Injectable()
export class LeaderDaysService {
  constructor(private readonly dataSource: DataSource) {}

  async leaderDays(user: AuthUser, query: LeaderDaysQuery): Promise<LeaderDaysResponse> {
    const scopePath = await this.scopePath(user, query.unitId);
    const [first, last] = monthBounds(query.month);
    const rows = await this.dataSource.query<
      {
        id: string;
        full_name: string;
        unit_id: string;
        level: Unit['level'];
        dates: string[] | null;
        delegated_dates: string[] | null;
      }[]
    >(
      `SELECT l.id, l.full_name, l.unit_id, lu.level,
              array_agg(DISTINCT to_char(r.visit_date, 'YYYY-MM-DD') ORDER BY to_char(r.visit_date, 'YYYY-MM-DD'))
                FILTER (WHERE NOT r.delegated) AS dates,
              array_agg(DISTINCT to_char(r.visit_date, 'YYYY-MM-DD') ORDER BY to_char(r.visit_date, 'YYYY-MM-DD'))
                FILTER (WHERE r.delegated) AS delegated_dates
         FROM app_user l
         JOIN unit lu ON lu.id = l.unit_id
         LEFT JOIN reception r ON r.leader_id = l.id AND r.hosted_by = 'leader'
              AND r.visit_date BETWEEN $2 AND $3
        WHERE l.role = 'leader' AND ($1::text IS NULL OR lu.path LIKE $1)
        GROUP BY l.id, l.full_name, l.unit_id, lu.level, lu.path, l.active
       HAVING l.active OR count(r.id) > 0
        ORDER BY lu.path, l.full_name, l.id`,
      [scopePath === null ? null : `${scopePath}%`, first, last],
    );
    return {
      month: query.month,
      leaders: rows.map((row) => {
        const dates = row.dates ?? [];
        const quota = receptionQuota(row.level, query.month);
        return {
          leaderId: row.id,
          fullName: row.full_name,
          unitId: row.unit_id,
          unitLevel: row.level,
          daysHeld: dates.length,
          dates,
          delegatedDates: (row.delegated_dates ?? []).filter((d) => !dates.includes(d)),
          quota,
          met: dates.length >= quota,
        };
      }),
    };
  }

  /** The unit tree to report on: the given unit (inside the user's tree) or the user's; null = all (admin). */
  private async scopePath(user: AuthUser, unitId: string | undefined): Promise<string | null> {
    if (!unitId) {
      if (user.role === 'admin') {
        return null;
      }
      return user.unitPath ?? '\u0000';
    }
    const unit = await this.dataSource.manager.findOneBy(Unit, { id: unitId });
    if (!unit) {
      throw new ValidationError(`unitId: no unit ${unitId}`);
    }
    if (!withinReach(user, unit.path)) {
      throw new ForbiddenError('Leader days can be read only for your unit or its sub-units');
    }
    return unit.path;
  }
}
