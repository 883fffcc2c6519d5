/** The worker's orphan sweep: a job scheduler adds one sweep job every ATTACHMENT_SWEEP_MINUTES. */
export const ATTACHMENT_QUEUE = 'attachments';
export const ORPHAN_SWEEP_JOB = 'attachment-orphan-sweep';
export const ORPHAN_SWEEP_SCHEDULER_ID = 'attachment-orphan-sweep-every';
