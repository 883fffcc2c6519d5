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
