import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { CaseEvent } from './case.entity.js';

export type NewCaseEvent = Pick<
  CaseEvent,
  'caseId' | 'type' | 'occurredAt' | 'actorId' | 'fromStatus' | 'toStatus' | 'dueDate' | 'data'
>;

/** Appends one timeline event (in the caller's transaction); returns its id. */
export async function insertCaseEvent(manager: EntityManager, event: NewCaseEvent): Promise<string> {
  const result = await manager.insert(CaseEvent, event as QueryDeepPartialEntity<CaseEvent>);
  return String((result.identifiers[0] as { id: string | number }).id);
}
