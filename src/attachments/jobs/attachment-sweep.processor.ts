import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { type AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AttachmentFilesService } from '../attachment-files.service.js';
import { ATTACHMENT_QUEUE, ORPHAN_SWEEP_JOB, ORPHAN_SWEEP_SCHEDULER_ID } from '../attachment-queue.js';

/**
 * Removes orphan attachment files on a BullMQ job scheduler (worker process only). One scheduler id is shared
 * by every worker; a sweep run twice removes nothing more.
 */
@Processor(ATTACHMENT_QUEUE, { concurrency: 1 })
export class AttachmentSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly files: AttachmentFilesService,
    @InjectQueue(ATTACHMENT_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ORPHAN_SWEEP_SCHEDULER_ID,
      { every: this.config.attachments.sweepEveryMinutes * 60_000 },
      { name: ORPHAN_SWEEP_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(_job: Job): Promise<{ removed: number }> {
    return { removed: await this.files.sweepOrphans() };
  }
}
