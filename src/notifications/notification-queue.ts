/** The mail queue: one job per notification row, the row id as job id. Payloads carry ids only. */
export const NOTIFICATION_QUEUE = 'notifications';
export const SEND_NOTIFICATION_JOB = 'send-notification';

export interface SendNotificationPayload {
  notificationId: string;
}
