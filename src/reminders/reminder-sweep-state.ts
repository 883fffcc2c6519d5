import type { EntityManager } from 'typeorm';
import type { DueCaseFilter } from '../cases/case-due.queries.js';
import type { StageBounds } from './domain/reminder-schedule.js';

/**
 * Which due cases a sweep must look at (migration CreateReminderSweepState): every one after a change of users
 * or units, on the first run, or when a bound moved back (a clock or calendar change); otherwise the cases
 * changed since the last sweep and those whose due date a bound passed over since then. Anything already in
 * the outbox is skipped by its unique key either way, so this only narrows the work, never the result.
 */
export interface SweepPlan {
  /** Which due cases to look at (cases' `dueCasesPage`); none when nothing changed. */
  only: DueCaseFilter['only'];
  /** Whether anything can have changed since the last sweep (the digests are looked at only then). */
  changed: boolean;
}

interface StateRow {
  today: string | null;
  due_soon_until: string | null;
  escalate_on_or_before: string | null;
  full_sweep: boolean;
}

/**
 * Reads and resets the sweep state, in a transaction that the sweep commits once every reminder is created
 * (the row lock serialises concurrent sweeps; a sweep that dies rolls it back, so the next one does it again).
 */
export async function planSweep(manager: EntityManager, bounds: StageBounds): Promise<SweepPlan> {
  const [state] = await manager.query<StateRow[]>(
    `SELECT to_char(today, 'YYYY-MM-DD') AS today, to_char(due_soon_until, 'YYYY-MM-DD') AS due_soon_until,
            to_char(escalate_on_or_before, 'YYYY-MM-DD') AS escalate_on_or_before, full_sweep
       FROM reminder_sweep_state WHERE id = 1 FOR UPDATE`,
  );
  await manager.query(
    `UPDATE reminder_sweep_state SET today = $1, due_soon_until = $2, escalate_on_or_before = $3, full_sweep = false
      WHERE id = 1`,
    [bounds.today, bounds.dueSoonUntil, bounds.escalateOnOrBefore],
  );
  if (
    !state ||
    state.full_sweep ||
    !state.today ||
    bounds.today < state.today ||
    bounds.dueSoonUntil < state.due_soon_until! ||
    bounds.escalateOnOrBefore < state.escalate_on_or_before!
  ) {
    // Every due case is looked at: the changed ones need not be read (the first sweep's 100,000 cost 0.3 s).
    await manager.query('DELETE FROM reminder_dirty_case');
    return { only: undefined, changed: true };
  }
  const dirty = // A SELECT around the DELETE: TypeORM answers a bare DELETE with [rows, count].
    (
      await manager.query<{ case_id: string }[]>(
        'WITH d AS (DELETE FROM reminder_dirty_case RETURNING case_id) SELECT case_id FROM d',
      )
    ).map((r) => r.case_id);
  const moved =
    bounds.today !== state.today ||
    bounds.dueSoonUntil !== state.due_soon_until ||
    bounds.escalateOnOrBefore !== state.escalate_on_or_before;
  if (!moved && !dirty.length) {
    return { only: { caseIds: [], dueRanges: [] }, changed: false };
  }
  return {
    // Changed; or newly due soon, due today or overdue, newly escalated.
    only: {
      caseIds: dirty,
      dueRanges: moved
        ? [
            { after: state.due_soon_until!, until: bounds.dueSoonUntil },
            // Due today before, overdue now.
            { from: state.today, until: bounds.today },
            { after: state.escalate_on_or_before!, until: bounds.escalateOnOrBefore },
          ]
        : [],
    },
    changed: true,
  };
}
