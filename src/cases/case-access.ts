import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Case } from './case.entity.js';
import type { CaseKind } from './domain/case-kind.js';
import { inUserSubtree, subtreePattern } from '../units/unit-scope.js';

/** The kinds a clerk handles (API.md roles). */
export const CLERK_KINDS: readonly CaseKind[] = ['civil_status', 'certification'];

/** A case with the materialised path of its unit, for the unit-tree checks. */
export type ScopedCase = Pick<Case, 'kind' | 'unitId' | 'assigneeId' | 'createdBy'> & { unitPath: string };

/** Who may read a case (API.md roles): 404 for everyone else, so that codes cannot be probed. */
export function canSee(user: AuthUser, c: ScopedCase): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'leader':
      return inUserSubtree(user, c.unitPath);
    case 'inspector':
      return c.unitId === user.unitId || c.assigneeId === user.id;
    case 'reception':
      return c.createdBy === user.id;
    case 'clerk':
      return CLERK_KINDS.includes(c.kind) && inUserSubtree(user, c.unitPath);
  }
}

/** Leaders of the case's unit tree and the assigned inspector read a sealed identity; nobody else, not even admins. */
export function canReadSealed(user: AuthUser, c: ScopedCase): boolean {
  return (
    (user.role === 'leader' && inUserSubtree(user, c.unitPath)) ||
    (user.role === 'inspector' && c.assigneeId === user.id)
  );
}

/**
 * Who may reveal the sealed representatives of a visit: the rule of `canReadSealed` applied to the visit itself
 * (leaders of the visit's unit tree) and to each denunciation case opened from it (its leaders and its assigned
 * inspector). Admins, reception staff and other inspectors never do.
 */
export function canRevealVisit(
  user: AuthUser,
  visit: { unitId: string; unitPath: string; createdBy: string },
  denunciations: readonly ScopedCase[],
): boolean {
  const asCase: ScopedCase = { kind: 'denunciation', assigneeId: null, ...visit };
  return canReadSealed(user, asCase) || denunciations.some((c) => canReadSealed(user, c));
}

/** Read access or 404; then the role's right to act or 403 (checked before the workflow's 409). */
export function assertCanAct(user: AuthUser, c: ScopedCase): void {
  if (!canSee(user, c)) {
    throw new NotFoundError('No such case');
  }
  if (!canAct(user, c)) {
    throw new ForbiddenError('Reception staff open cases but do not act on them');
  }
}

/** Who may act on a case (actions, notes, corrections): whoever reads it, reception staff excepted. */
export function canAct(user: AuthUser, c: ScopedCase): boolean {
  return user.role !== 'reception' && canSee(user, c);
}

/** The assignee reads a sealed identity, so on a sealed case only a leader (or an admin) chooses them. */
export function canAssign(user: AuthUser, c: ScopedCase & Pick<Case, 'applicantSealed'>): boolean {
  return canAct(user, c) && (!c.applicantSealed || user.role === 'leader' || user.role === 'admin');
}

/** The kinds a role may open. */
export function assertCanOpen(user: AuthUser, kind: CaseKind): void {
  if (user.role === 'clerk' && !CLERK_KINDS.includes(kind)) {
    throw new ForbiddenError('Clerks open civil_status and certification cases only');
  }
}

/**
 * The list scope as SQL over `c` (citizen_case) and `u` (its unit), with named parameters.
 */
export function caseScope(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  const path = subtreePattern(user);
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'leader':
      return { sql: 'u.path LIKE :scopePath', params: { scopePath: path } };
    case 'inspector':
      return {
        sql: '(c.unit_id = :scopeUnit OR c.assignee_id = :scopeUser)',
        params: { scopeUnit: user.unitId, scopeUser: user.id },
      };
    case 'reception':
      return { sql: 'c.created_by = :scopeUser', params: { scopeUser: user.id } };
    case 'clerk':
      return {
        sql: `u.path LIKE :scopePath AND c.kind IN ('civil_status', 'certification')`,
        params: { scopePath: path },
      };
  }
}
