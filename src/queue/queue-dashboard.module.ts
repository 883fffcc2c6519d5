import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { REMINDER_QUEUE } from '../reminders/reminder-queue.js';

/** A Redis outage is logged once a minute by this queue handle, not on every reconnection attempt. */
@Injectable()
export class DashboardQueueErrors {
  private readonly logger = new Logger('QueueDashboard');
  private last = 0;

  /** At construction: the connection may fail before the modules' init hooks run. */
  constructor(@InjectQueue(REMINDER_QUEUE) reminders: Queue) {
    reminders.on('error', (error) => {
      if (Date.now() - this.last > 60_000) {
        this.last = Date.now();
        this.logger.warn(`reminders queue unavailable: ${error.message}`);
      }
    });
  }
}

/**
 * The API's handle on the reminders queue, which only the worker processes: the dashboard (queue-dashboard.ts,
 * registered by app.factory.ts) shows it, and /metrics counts its jobs.
 */
@Module({
  imports: [BullModule.registerQueue({ name: REMINDER_QUEUE })],
  providers: [DashboardQueueErrors],
})
export class QueueDashboardModule {}
