import type { EntityManager } from 'typeorm';

/** The mail queue: one job per notification row, the row id as job id. Payloads carry ids only. */
export const NOTIFICATION_QUEUE = 'notifications';
export const SEND_NOTIFICATION_JOB = 'send-notification';

export interface SendNotificationPayload {
  notificationId: string;
}

/** The outbox rows by status (for the metrics). */
export function outboxCounts(db: Pick<EntityManager, 'query'>): Promise<{ status: string; n: number }[]> {
  return db.query(`SELECT status, count(*)::int AS n FROM notification GROUP BY status`);
}
