import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  NOTIFICATION_QUEUE,
  SEND_NOTIFICATION_JOB,
  type SendNotificationPayload,
} from './notification-queue.js';

/** Hands pending outbox rows to BullMQ after their transaction committed. */
@Injectable()
export class NotificationProducerService implements OnModuleInit {
  private readonly logger = new Logger(NotificationProducerService.name);
  private lastErrorLog = 0;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue<SendNotificationPayload>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Redis being down is logged once a minute, not on every reconnection attempt; mail waits in the outbox. */
  onModuleInit(): void {
    this.queue.on('error', (error) => {
      if (Date.now() - this.lastErrorLog > 60_000) {
        this.lastErrorLog = Date.now();
        this.logger.warn(`mail queue unavailable (mails wait in the outbox): ${error.message}`);
      }
    });
  }

  /** Queues the given rows; a row whose job exists already is not queued twice (same job id). */
  async enqueue(ids: string[]): Promise<number> {
    if (!ids.length) {
      return 0;
    }
    await this.queue.addBulk(
      ids.map((id) => ({
        name: SEND_NOTIFICATION_JOB,
        data: { notificationId: id },
        opts: {
          jobId: id,
          attempts: this.config.mail.attempts,
          backoff: { type: 'exponential', delay: this.config.mail.backoffMs },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      })),
    );
    return ids.length;
  }

  /**
   * Queues every row still pending, in batches (memory stays flat however many there are): after a crash or a
   * Redis restart nothing stays behind.
   */
  async enqueuePending(batchSize = 5_000): Promise<number> {
    let queued = 0;
    let after: string | null = null;
    for (;;) {
      // Keyset pagination over the partial index of pending rows.
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM notification WHERE status = 'pending' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      queued += await this.enqueue(rows.map((r) => r.id));
      if (rows.length < batchSize) {
        return queued;
      }
      after = rows[rows.length - 1].id;
    }
  }

  /** Best effort right after a commit; the next sweep queues whatever this could not. */
  async enqueueQuietly(ids: string[]): Promise<void> {
    try {
      await this.enqueue(ids);
    } catch (error) {
      this.logger.warn(`could not queue ${ids.length} notification(s) now: ${String(error)}`);
    }
  }
}
