/** The scheduler's queue: the job scheduler adds one sweep job every REMINDER_SWEEP_MINUTES. */
export const REMINDER_QUEUE = 'reminders';
export const SWEEP_JOB = 'reminder-sweep';
export const SWEEP_SCHEDULER_ID = 'reminder-sweep-every';
