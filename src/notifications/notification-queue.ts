import type { EntityManager } from 'typeorm';

/**
 * The mail queue: one job per outbox row (its id as job id), or per batch of a sweep's rows (their `job_key`).
 * Payloads carry ids only.
 */
export const NOTIFICATION_QUEUE = 'notifications';
export const SEND_NOTIFICATION_JOB = 'send-notification';

export interface SendNotificationPayload {
  /** The rows this job sends, in order. */
  notificationIds?: string[];
  /** A job queued before batches existed: one row. */
  notificationId?: string;
}

/** A job to queue: its key (job id) and the rows it sends; `attempts` of the row(s) so far. */
export interface MailJob {
  key: string;
  ids: string[];
  attempts: number;
}

/** The outbox rows by status (for the metrics). */
export function outboxCounts(db: Pick<EntityManager, 'query'>): Promise<{ status: string; n: number }[]> {
  return db.query(`SELECT status, count(*)::int AS n FROM notification GROUP BY status`);
}

/**
 * SQL: inserts outbox rows from `select` (its columns in the order of `columns`), returning `returning`. A row
 * whose `dedupe_key` is there already is skipped (`existing: 'skip'`), or fails the statement (`'fail'`: no probe
 * of the unique index before each row, for rows known to be new; the caller catches `isDuplicateKey` and runs it
 * again with 'skip'). Other modules compose it into their statements (the reminder sweep writes a page's
 * reminders in one) without naming this module's table.
 */
export function outboxInsertSql(
  columns: string,
  select: string,
  returning: string,
  existing: 'skip' | 'fail' = 'skip',
): string {
  return `INSERT INTO notification (${columns})
       ${select}
       ${existing === 'skip' ? 'ON CONFLICT (dedupe_key) DO NOTHING' : ''}
       RETURNING ${returning}`;
}

/**
 * Whether any outbox row's `dedupe_key` is at least `from` (from the first when null) and before `before`, in
 * the key's order: one descent of uq_notification_dedupe_key.
 */
export async function outboxHasKeys(
  db: Pick<EntityManager, 'query'>,
  from: string | null,
  before: string,
): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM notification
                     WHERE dedupe_key < $1 ${from === null ? '' : 'AND dedupe_key >= $2'}) AS found`,
    from === null ? [before] : [before, from],
  );
  return row.found;
}

/** Whether a statement failed on a unique key (PostgreSQL's unique_violation). */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
