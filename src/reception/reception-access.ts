import { canRevealVisit, type ScopedCase } from '../cases/case-access.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Reception } from './reception.entity.js';
import { subtreePattern } from '../units/unit-scope.js';

/** A visit with the materialised path of its unit. */
export type LoadedReception = Reception & { unitPath: string };

/** A denunciation case opened from a visit, as the sealed-identity check needs it. */
export type VisitCase = ScopedCase & { id: string };

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
  return {
    sql: `(u.path LIKE :scopePath OR r.created_by = :scopeUser OR EXISTS (
      SELECT 1 FROM citizen_case sc WHERE sc.reception_id = r.id AND sc.assignee_id = :scopeUser))`,
    params: { scopePath: subtreePattern(user), scopeUser: user.id },
  };
}

/** SQL (over `r` and `u`) true where this user may read a visit's sealed representatives: for blind-index search. */
export function sealedReaderSql(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case 'leader':
      return {
        sql: `(u.path LIKE :readerPath OR EXISTS (SELECT 1 FROM citizen_case dc JOIN unit du ON du.id = dc.unit_id
          WHERE dc.reception_id = r.id AND dc.kind = 'denunciation' AND du.path LIKE :readerPath))`,
        params: { readerPath: subtreePattern(user) },
      };
    case 'inspector':
      return {
        sql: `EXISTS (SELECT 1 FROM citizen_case dc WHERE dc.reception_id = r.id
          AND dc.kind = 'denunciation' AND dc.assignee_id = :readerUser)`,
        params: { readerUser: user.id },
      };
    case 'admin':
    case 'reception':
    case 'clerk':
      return { sql: 'FALSE', params: {} };
  }
}
