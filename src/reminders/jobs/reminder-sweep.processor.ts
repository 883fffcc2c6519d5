import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { type AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { runLoggedJob } from '../../logging/job-log-context.js';
import { REMINDER_QUEUE, SWEEP_JOB, SWEEP_SCHEDULER_ID } from '../reminder-queue.js';
import { ReminderSweepService, type SweepResult } from '../reminder-sweep.service.js';

/**
 * Runs the sweep from a BullMQ job scheduler (worker process only). The scheduler is upserted under one id, so
 * several workers share one schedule; the sweep itself is safe to run twice.
 */
@Processor(REMINDER_QUEUE, { concurrency: 1 })
export class ReminderSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderSweepProcessor.name);

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

  process(job: Job): Promise<SweepResult> {
    return runLoggedJob(job, this.logger, () => this.sweeps.sweep());
  }
}
