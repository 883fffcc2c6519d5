import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { type AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { REMINDER_QUEUE, SWEEP_JOB, SWEEP_SCHEDULER_ID } from '../reminder-queue.js';
import { ReminderSweepService, type SweepResult } from '../reminder-sweep.service.js';

/**
 * Runs the sweep from a BullMQ job scheduler (worker process only). The scheduler is upserted under one id, so
 * several workers share one schedule; the sweep itself is safe to run twice.
 */
@Processor(REMINDER_QUEUE, { concurrency: 1 })
export class ReminderSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sweeps: ReminderSweepService,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: this.config.reminders.sweepEveryMinutes * 60_000 },
      { name: SWEEP_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  process(_job: Job): Promise<SweepResult> {
    return this.sweeps.sweep();
  }
}
