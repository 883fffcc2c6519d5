import { canRevealVisit, visitCaseAssignedSql, visitRevealSql } from '../cases/case-access.js';
import type { VisitCase } from '../cases/case-queries.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Reception } from './reception.entity.js';
import { subtreePattern } from '../units/unit-scope.js';

/** A visit with the materialised path of its unit. */
export type LoadedReception = Reception & { unitPath: string };

/** Who reads the sealed representatives of a visit (`canRevealVisit`, shared with the cases' links). */
export function canReadRepresentatives(
  user: AuthUser,
  visit: LoadedReception,
  denunciations: readonly VisitCase[],
): boolean {
  return canRevealVisit(user, visit, denunciations);
}

/**
 * Which visits a user sees, as SQL over `r` (reception) and `u` (its unit). The register is the unit's shared
 * book: leaders, inspectors and reception staff see the visits of their unit and its sub-units (a desk officer
 * must find a returning visitor whoever logged the first visit), plus the visits they logged themselves and,
 * for an inspector, the visits behind a case assigned to them. Admins see all.
 */
export function receptionScope(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  if (user.role === 'admin') {
    return { sql: 'TRUE', params: {} };
  }
  const assigned = visitCaseAssignedSql(user, 'r.id');
  return {
    sql: `(u.path LIKE :scopePath OR r.created_by = :scopeUser OR ${assigned.sql})`,
    params: { scopePath: subtreePattern(user), scopeUser: user.id, ...assigned.params },
  };
}

/** SQL (over `r` and `u`) true where this user may read a visit's sealed representatives: for blind-index search. */
export function sealedReaderSql(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  return visitRevealSql(user, {
    id: 'r.id',
    unitId: 'r.unit_id',
    unitPath: 'u.path',
    createdBy: 'r.created_by',
  });
}
