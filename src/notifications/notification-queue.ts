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
 * SQL: inserts outbox rows from `select` (its columns in the order of `columns`), skipping a row whose
 * `dedupe_key` is there already, returning `returning`. Other modules compose it into their statements (the
 * reminder sweep writes a page's reminders in one) without naming this module's table.
 */
export function outboxInsertSql(columns: string, select: string, returning: string): string {
  return `INSERT INTO notification (${columns})
       ${select}
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING ${returning}`;
}
