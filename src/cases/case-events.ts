import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { CaseEvent } from './case.entity.js';

export type NewCaseEvent = Pick<
  CaseEvent,
  'caseId' | 'type' | 'occurredAt' | 'actorId' | 'fromStatus' | 'toStatus' | 'dueDate' | 'data'
>;

/** Appends one timeline event (in the caller's transaction). */
export async function insertCaseEvent(manager: EntityManager, event: NewCaseEvent): Promise<void> {
  await manager.insert(CaseEvent, event as QueryDeepPartialEntity<CaseEvent>);
}
