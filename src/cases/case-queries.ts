import type { EntityManager } from 'typeorm';
import type { ScopedCase } from './case-access.js';

/**
 * What other modules ask of cases, so that the SQL naming cases' tables stays in this module. Plain functions
 * over a connection or a transaction: the worker asks them too, without the cases module.
 */
type Db = Pick<EntityManager, 'query'>;

/** SQL: the ids of the cases whose unit's path matches the `LIKE` pattern given as `pattern` (a parameter). */
export function caseIdsInUnitsSql(pattern: string): string {
  return `SELECT c.id FROM citizen_case c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE ${pattern}`;
}

/** Locks a case's row for the caller's transaction (serialises work on one case). */
export async function lockCase(manager: EntityManager, id: string): Promise<void> {
  await manager.query('SELECT 1 FROM citizen_case WHERE id = $1 FOR UPDATE', [id]);
}

/** A case opened from a visit, with what the access rules need. */
export type VisitCase = ScopedCase & { id: string };

/** The cases opened from each of these visits, oldest first. */
export async function casesOfVisits(db: Db, visitIds: string[]): Promise<Map<string, VisitCase[]>> {
  const byVisit = new Map<string, VisitCase[]>();
  if (!visitIds.length) {
    return byVisit;
  }
  const rows = await db.query<(VisitCase & { receptionId: string })[]>(
    `SELECT c.id, c.reception_id AS "receptionId", c.kind, c.unit_id AS "unitId", c.assignee_id AS "assigneeId",
            c.created_by AS "createdBy", u.path AS "unitPath"
       FROM citizen_case c JOIN unit u ON u.id = c.unit_id
      WHERE c.reception_id = ANY($1::uuid[])
      ORDER BY c.received_at, c.created_at, c.id`,
    [visitIds],
  );
  for (const { receptionId, ...c } of rows) {
    byVisit.set(receptionId, [...(byVisit.get(receptionId) ?? []), c]);
  }
  return byVisit;
}

/** What cases asks of the reception log; reception registers it (it depends on cases, not the reverse). */
export interface VisitDirectory {
  /** Of these visits, those whose representatives are sealed, with their unit and author. */
  sealedVisits(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; unitId: string; unitPath: string; createdBy: string }[]>;
  /** The path of a visit's unit; null when there is no such visit. */
  unitPathOf(manager: EntityManager, id: string): Promise<string | null>;
}
