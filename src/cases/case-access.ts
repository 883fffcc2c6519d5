import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Role } from '../users/user.entity.js';
import type { Case } from './case.entity.js';
import { type CaseKind, CLERK_KINDS } from './domain/case-kind.js';
import { inUserSubtree, subtreePattern } from '../units/unit-scope.js';

/** A case with the materialised path of its unit, for the unit-tree checks. */
export type ScopedCase = Pick<Case, 'kind' | 'unitId' | 'assigneeId' | 'createdBy'> & { unitPath: string };

/**
 * A condition on a case and the user asking, written once and read two ways: `holds` checks a loaded case,
 * `sqlOf` filters rows. `subtree`: the case's unit is the user's unit or below it; `unit`: the user's own unit;
 * `assignee`: assigned to the user; `author`: opened by the user.
 */
type Rule =
  | 'all'
  | 'none'
  | 'subtree'
  | 'unit'
  | 'assignee'
  | 'author'
  | { kinds: readonly CaseKind[] }
  | { and: readonly Rule[] }
  | { or: readonly Rule[] };

/** Who may read a case (API.md roles): 404 for everyone else, so that codes cannot be probed. */
const SEE: Readonly<Record<Role, Rule>> = {
  admin: 'all',
  leader: 'subtree',
  inspector: { or: ['unit', 'assignee'] },
  reception: 'author',
  clerk: { and: ['subtree', { kinds: CLERK_KINDS }] },
};

/** Leaders of the case's unit tree and the assigned inspector read a sealed identity; nobody else, not even admins. */
const READ_SEALED: Readonly<Record<Role, Rule>> = {
  admin: 'none',
  leader: 'subtree',
  inspector: 'assignee',
  reception: 'none',
  clerk: 'none',
};

/** The SQL expressions of a case's fields in a query (a column, or a constant such as `NULL`). */
export interface CaseColumns {
  kind: string;
  unitId: string;
  unitPath: string;
  assigneeId: string;
  createdBy: string;
}

/** A condition as SQL with its named parameters (the same names and values for one user, so they merge). */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** The columns of citizen_case alias `c` joined with its unit alias `u`. */
function columnsOf(c: string, u: string): CaseColumns {
  return {
    kind: `${c}.kind`,
    unitId: `${c}.unit_id`,
    unitPath: `${u}.path`,
    assigneeId: `${c}.assignee_id`,
    createdBy: `${c}.created_by`,
  };
}

function holds(rule: Rule, user: AuthUser, c: ScopedCase): boolean {
  switch (rule) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'subtree':
      return inUserSubtree(user, c.unitPath);
    case 'unit':
      return c.unitId === user.unitId;
    case 'assignee':
      return c.assigneeId === user.id;
    case 'author':
      return c.createdBy === user.id;
  }
  if ('kinds' in rule) {
    return rule.kinds.includes(c.kind);
  }
  return 'and' in rule ? rule.and.every((r) => holds(r, user, c)) : rule.or.some((r) => holds(r, user, c));
}

/** The rule as SQL; a missing value (a user without a unit) compares as NULL, which no row matches. */
function sqlOf(rule: Rule, user: AuthUser, cols: CaseColumns): SqlCondition {
  switch (rule) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'subtree':
      return { sql: `${cols.unitPath} LIKE :policyPath`, params: { policyPath: subtreePattern(user) } };
    case 'unit':
      return { sql: `${cols.unitId} = :policyUnit`, params: { policyUnit: user.unitId } };
    case 'assignee':
      return { sql: `${cols.assigneeId} = :policyUser`, params: { policyUser: user.id } };
    case 'author':
      return { sql: `${cols.createdBy} = :policyUser`, params: { policyUser: user.id } };
  }
  if ('kinds' in rule) {
    return { sql: `${cols.kind} IN (${rule.kinds.map((k) => `'${k}'`).join(', ')})`, params: {} };
  }
  const [op, parts] = 'and' in rule ? [' AND ', rule.and] : [' OR ', rule.or];
  return combine(
    parts.map((r) => sqlOf(r, user, cols)),
    op,
  );
}

function combine(parts: SqlCondition[], op: string): SqlCondition {
  return {
    sql: `(${parts.map((p) => p.sql).join(op)})`,
    params: Object.assign({}, ...parts.map((p) => p.params)) as Record<string, unknown>,
  };
}

export function canSee(user: AuthUser, c: ScopedCase): boolean {
  return holds(SEE[user.role], user, c);
}

export function canReadSealed(user: AuthUser, c: ScopedCase): boolean {
  return holds(READ_SEALED[user.role], user, c);
}

/** `citizen_case c JOIN unit u`: the aliases of the case lists. */
const CASE_COLUMNS = columnsOf('c', 'u');

/** `canSee` as SQL over `c` (citizen_case) and `u` (its unit). */
export function caseScope(user: AuthUser): SqlCondition {
  return sqlOf(SEE[user.role], user, CASE_COLUMNS);
}

/**
 * `caseScope` as disjoint parts whose union is the scope: one per alternative of an `or` rule (an inspector's
 * unit, then the cases assigned to them elsewhere), so that each part can walk an index in order.
 */
export function caseScopeParts(user: AuthUser): SqlCondition[] {
  const rule = SEE[user.role];
  if (typeof rule === 'string' || !('or' in rule)) {
    return [caseScope(user)];
  }
  return rule.or.map((r, i) => {
    const earlier = rule.or.slice(0, i).map((e) => sqlOf(e, user, CASE_COLUMNS));
    const excluded = earlier.map((e) => ({ sql: `NOT COALESCE(${e.sql}, FALSE)`, params: e.params }));
    return combine([sqlOf(r, user, CASE_COLUMNS), ...excluded], ' AND ');
  });
}

/** `canReadSealed` as SQL over `c` and `u`. */
export function sealedReaderSql(user: AuthUser): SqlCondition {
  return sqlOf(READ_SEALED[user.role], user, CASE_COLUMNS);
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

/**
 * `canRevealVisit` as SQL over the visit's columns (`visit.id` its id expression): the reader rule on the visit
 * as a denunciation with no assignee, or on a denunciation case opened from it.
 */
export function visitRevealSql(
  user: AuthUser,
  visit: Omit<CaseColumns, 'kind' | 'assigneeId'> & { id: string },
): SqlCondition {
  const rule = READ_SEALED[user.role];
  if (rule === 'none') {
    return sqlOf(rule, user, CASE_COLUMNS);
  }
  const self = sqlOf(rule, user, { ...visit, kind: `'denunciation'`, assigneeId: 'NULL::uuid' });
  const opened = sqlOf(rule, user, columnsOf('dc', 'du'));
  return combine(
    [
      self,
      {
        sql: `EXISTS (SELECT 1 FROM citizen_case dc JOIN unit du ON du.id = dc.unit_id
          WHERE dc.reception_id = ${visit.id} AND dc.kind = 'denunciation' AND ${opened.sql})`,
        params: opened.params,
      },
    ],
    ' OR ',
  );
}

/** SQL true where a case opened from the visit (`visitId`, an SQL expression) is assigned to the user. */
export function visitCaseAssignedSql(user: AuthUser, visitId: string): SqlCondition {
  return {
    sql: `EXISTS (SELECT 1 FROM citizen_case sc WHERE sc.reception_id = ${visitId} AND sc.assignee_id = :policyUser)`,
    params: { policyUser: user.id },
  };
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
