import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  type MailJob,
  NOTIFICATION_QUEUE,
  SEND_NOTIFICATION_JOB,
  type SendNotificationPayload,
} from './notification-queue.js';

/**
 * How long a hand-over to BullMQ may take before the caller goes on (the rows wait in the outbox): right after
 * a commit, with an HTTP answer waiting; and per batch of a sweep.
 */
const AFTER_COMMIT_TIMEOUT_MS = 1_000;
const BATCH_TIMEOUT_MS = 30_000;

/** How many rounds of MAIL_ATTEMPTS attempts a citizen notice gets before it stays `failed`. */
export const CITIZEN_NOTICE_ROUNDS = 4;

/**
 * Hands pending outbox rows to BullMQ after their transaction committed. BullMQ's producer connection queues
 * commands while Redis is away (and its first connection waits for Redis), so nothing here awaits it blindly:
 * rows are handed over only while the connection is ready, and never for longer than QUEUE_TIMEOUT_MS. What is
 * not handed over stays `pending` in the outbox, and the next sweep queues it.
 */
@Injectable()
export class NotificationProducerService implements OnModuleInit {
  private readonly logger = new Logger(NotificationProducerService.name);
  private lastErrorLog = 0;
  /** BullMQ's ioredis client, once its first connection is made (its `status` says whether Redis is there). */
  private client: { status: string } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue<SendNotificationPayload>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Redis being down is logged once a minute, not on every reconnection attempt; mail waits in the outbox. */
  onModuleInit(): void {
    this.queue.backend.client.then(
      (client) => (this.client = client),
      () => undefined,
    );
    this.queue.on('error', (error) => this.warnUnavailable(error));
  }

  private warnUnavailable(error: unknown): void {
    if (Date.now() - this.lastErrorLog > 60_000) {
      this.lastErrorLog = Date.now();
      this.logger.warn(
        `mail queue unavailable (mails wait in the outbox): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Queues the given rows, one job each; a row whose job exists already is not queued twice (same job id). */
  async enqueue(ids: string[], timeoutMs = BATCH_TIMEOUT_MS): Promise<number> {
    return this.enqueueJobs(
      ids.map((id) => ({ key: id, ids: [id], attempts: 0 })),
      timeoutMs,
    );
  }

  /**
   * Queues jobs of one or more rows; returns how many rows. A job of one row re-opened after it failed
   * (`reopenFailedCitizenNotices`) is in a new round and gets a new job id, since BullMQ keeps the failed job of
   * the previous round under the old one.
   */
  async enqueueJobs(jobs: MailJob[], timeoutMs = BATCH_TIMEOUT_MS): Promise<number> {
    if (!jobs.length) {
      return 0;
    }
    if (this.client?.status !== 'ready') {
      throw new Error('Redis is not connected');
    }
    const perRound = this.config.mail.attempts;
    const adding = this.queue.addBulk(
      jobs.map(({ key, ids, attempts }) => {
        const round = Math.floor(attempts / perRound);
        return {
          name: SEND_NOTIFICATION_JOB,
          data: { notificationIds: ids },
          opts: {
            jobId: round === 0 ? key : `${key}-r${round}`,
            attempts: perRound,
            backoff: { type: 'exponential', delay: this.config.mail.backoffMs },
            removeOnComplete: { age: 24 * 3600 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        };
      }),
    );
    // A late failure after the timeout is of no interest: the row is still pending, the sweep retries it.
    adding.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        adding,
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis gave no answer in ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
    return jobs.reduce((n, job) => n + job.ids.length, 0);
  }

  /** Like `enqueueJobs`, but Redis being away is only logged (the rows wait in the outbox): 0 then. */
  async enqueueJobsQuietly(jobs: MailJob[]): Promise<number> {
    try {
      return await this.enqueueJobs(jobs);
    } catch (error) {
      this.warnUnavailable(error);
      return 0;
    }
  }

  /**
   * Queues every row still pending (only the citizen notices with `citizenNoticesOnly`: outside the staff send
   * window), by job, in pages (memory stays flat however many there are): after a crash, a Redis restart or a
   * Redis outage during intake nothing stays behind. A batch still waiting in the queue keeps its job id.
   */
  async enqueuePending(options: { citizenNoticesOnly?: boolean; batchSize?: number } = {}): Promise<number> {
    const batchSize = options.batchSize ?? 2_000;
    const stage = options.citizenNoticesOnly ? 'citizen_notice' : null;
    let queued = 0;
    let after: string | null = null;
    for (;;) {
      // Keyset pagination over the jobs of the pending rows (partial index of pending rows).
      const jobs: MailJob[] = await this.dataSource.query(
        `SELECT p.key, array_agg(p.id::text ORDER BY p.id) AS ids, max(p.attempts) AS attempts
           FROM (SELECT coalesce(job_key, id::text) AS key, id, attempts FROM notification
                  WHERE status = 'pending' AND ($3::text IS NULL OR stage = $3)) p
          WHERE $1::text IS NULL OR p.key > $1
          GROUP BY p.key ORDER BY p.key LIMIT $2`,
        [after, batchSize, stage],
      );
      try {
        queued += await this.enqueueJobs(jobs, BATCH_TIMEOUT_MS);
      } catch (error) {
        this.warnUnavailable(error);
        return queued;
      }
      if (jobs.length < batchSize) {
        return queued;
      }
      after = jobs[jobs.length - 1].key;
    }
  }

  /**
   * A citizen notice that failed every attempt of its round (an SMTP outage outlasts the backoff) is made
   * pending again for another round, at most CITIZEN_NOTICE_ROUNDS rounds in all; `enqueuePending` queues it.
   */
  async reopenFailedCitizenNotices(): Promise<number> {
    const rows = await this.dataSource.query<unknown[]>(
      `UPDATE notification SET status = 'pending'
        WHERE stage = 'citizen_notice' AND status = 'failed' AND attempts < $1
        RETURNING id`,
      [this.config.mail.attempts * CITIZEN_NOTICE_ROUNDS],
    );
    return rows.length;
  }

  /** Best effort right after a commit; the next sweep queues whatever this could not. */
  async enqueueQuietly(ids: string[]): Promise<void> {
    try {
      await this.enqueue(ids, AFTER_COMMIT_TIMEOUT_MS);
    } catch (error) {
      this.warnUnavailable(error);
    }
  }
}
