import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { SendNotificationProcessor } from './notifications/jobs/send-notification.processor.js';
import { ReminderSweepProcessor } from './reminders/jobs/reminder-sweep.processor.js';

/**
 * SIGTERM in the worker: stop taking jobs and let the running ones finish (a mail being sent is sent and
 * recorded) before anything they use is closed; the connections close at shutdown, after this.
 */
@Injectable()
export class WorkerDrain implements BeforeApplicationShutdown {
  constructor(
    private readonly mails: SendNotificationProcessor,
    private readonly sweeps: ReminderSweepProcessor,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.mails.worker.close(), this.sweeps.worker.close()]);
  }
}
