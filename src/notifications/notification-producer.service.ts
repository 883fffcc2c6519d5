import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Queue, RedisClient } from 'bullmq';
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

/**
 * Which of HELD_KEYS jobs (their keys: BullMQ keeps a job in a hash under prefix + id, whatever its state) Redis
 * holds, 1 or 0 each. The keys are declared, as a Redis Cluster needs
 * (BullMQ's `{prefix}` puts a queue's keys in one slot); a command takes a fixed number of them, so the last
 * chunk is padded with its first key. Every chunk goes in one pipeline: one round trip, 50 calls for a first
 * sweep's 4,954 jobs (the sweep with nothing new took 66-79 ms with it, 66-76 ms with the earlier single script).
 */
const HELD_COMMAND = 'outboxJobsHeld';
const HELD_KEYS = 100;
const HELD_LUA = `local held = {}
for i = 1, #KEYS do
  held[i] = redis.call('EXISTS', KEYS[i])
end
return held`;

/** How many rounds of MAIL_ATTEMPTS attempts a citizen notice gets before it stays `failed`. */
export const CITIZEN_NOTICE_ROUNDS = 4;

/**
 * Hands pending outbox rows to BullMQ after their transaction committed. BullMQ's producer connection queues
 * commands while Redis is away (and its first connection waits for Redis), so nothing here awaits it blindly:
 * rows are handed over only while the connection is ready, and never for longer than AFTER_COMMIT_TIMEOUT_MS
 * (or BATCH_TIMEOUT_MS for a batch). What is not handed over stays `pending` in the outbox, and the next sweep
 * queues it.
 */
@Injectable()
export class NotificationProducerService implements OnModuleInit {
  private readonly logger = new Logger(NotificationProducerService.name);
  private lastErrorLog = 0;
  /** BullMQ's Redis client, once its first connection is made (its `status` says whether Redis is there). */
  private client: RedisClient | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue<SendNotificationPayload>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Redis being down is logged once a minute, not on every reconnection attempt; mail waits in the outbox. */
  onModuleInit(): void {
    this.queue.backend.client.then(
      (client) => {
        client.defineCommand(HELD_COMMAND, { numberOfKeys: HELD_KEYS, lua: HELD_LUA });
        this.client = client;
      },
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
    this.connected(); // or throws
    await within(
      this.queue.addBulk(
        jobs.map((job) => ({
          name: SEND_NOTIFICATION_JOB,
          data: { notificationIds: job.ids },
          opts: {
            jobId: this.jobId(job),
            attempts: this.config.mail.attempts,
            backoff: { type: 'exponential', delay: this.config.mail.backoffMs },
            removeOnComplete: { age: 24 * 3600 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        })),
      ),
      timeoutMs,
    );
    return jobs.reduce((n, job) => n + job.ids.length, 0);
  }

  /** The job id of a job's round: its key, then `-r1`, `-r2`... for a citizen notice re-opened after it failed. */
  private jobId({ key, attempts }: Pick<MailJob, 'key' | 'attempts'>): string {
    const round = Math.floor(attempts / this.config.mail.attempts);
    return round === 0 ? key : `${key}-r${round}`;
  }

  /** The client, when Redis is there: commands are never left waiting in its queue for a Redis that is away. */
  private connected(): RedisClient {
    if (this.client?.status !== 'ready') {
      throw new Error('Redis is not connected');
    }
    return this.client;
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
   * Queues every pending row whose job is not in the queue (only the citizen notices with `citizenNoticesOnly`:
   * outside the staff send window): after a crash between a commit and its hand-over, a Redis outage, or a Redis
   * that lost its data, nothing stays behind; returns how many rows it queued. It reads the jobs of the pending
   * rows, not the rows: one entry per job from the pending index (a sweep's 50 mails are one job), in pages
   * (memory stays flat), asks Redis which of those jobs it does not hold, and reads and queues the rows of those
   * only. A sweep that finds nothing new thus reads neither every pending row nor re-sends every job to Redis.
   */
  async enqueuePending(options: { citizenNoticesOnly?: boolean; batchSize?: number } = {}): Promise<number> {
    const batchSize = options.batchSize ?? 2_000;
    const stage = options.citizenNoticesOnly ? 'citizen_notice' : null;
    let queued = 0;
    let after = '';
    for (;;) {
      const jobs = await this.pendingJobs(after, batchSize);
      try {
        const missing = await this.notQueued(jobs);
        if (missing.length) {
          queued += await this.enqueueJobs(await this.pendingRows(missing, stage), BATCH_TIMEOUT_MS);
        }
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
   * The next `limit` jobs of the pending rows after the key `after` ('' from the start), each with the highest
   * attempts of its rows (its round): a skip scan of `ix_notification_pending_job`, one index probe per job.
   */
  private pendingJobs(after: string, limit: number): Promise<Pick<MailJob, 'key' | 'attempts'>[]> {
    const next = (from: string): string =>
      `SELECT coalesce(job_key, id::text) AS key, attempts FROM notification
        WHERE status = 'pending' AND coalesce(job_key, id::text) > ${from}
        ORDER BY coalesce(job_key, id::text), attempts DESC LIMIT 1`;
    return this.dataSource.query(
      `WITH RECURSIVE job (key, attempts, n) AS (
         (SELECT key, attempts, 1 FROM (${next('$1::text')}) first)
         UNION ALL
         SELECT nx.key, nx.attempts, job.n + 1 FROM job CROSS JOIN LATERAL (${next('job.key')}) nx
          WHERE job.n < $2
       )
       SELECT key, attempts FROM job`,
      [after, limit],
    );
  }

  /** Those of the jobs that Redis does not hold (never queued, or lost): one round trip for them all. */
  private async notQueued<T extends Pick<MailJob, 'key' | 'attempts'>>(jobs: T[]): Promise<T[]> {
    if (!jobs.length) {
      return [];
    }
    const keys = jobs.map((j) => this.queue.toKey(this.jobId(j)));
    const pipeline = this.connected().pipeline();
    for (let i = 0; i < keys.length; i += HELD_KEYS) {
      const chunk = keys.slice(i, i + HELD_KEYS);
      pipeline.runCommand(HELD_COMMAND, [
        ...chunk,
        ...Array<string>(HELD_KEYS - chunk.length).fill(chunk[0]),
      ]);
    }
    const answers = await within(pipeline.exec(), BATCH_TIMEOUT_MS);
    if (!answers) {
      throw new Error('Redis did not answer which jobs it holds');
    }
    const held = answers.flatMap(([error, chunk], c) => {
      if (error) {
        throw error;
      }
      return (chunk as number[]).slice(0, Math.min(HELD_KEYS, keys.length - c * HELD_KEYS));
    });
    return jobs.filter((_, i) => held[i] === 0);
  }

  /** The pending rows of the given jobs, by job (of one stage, if given). */
  private pendingRows(jobs: Pick<MailJob, 'key'>[], stage: string | null): Promise<MailJob[]> {
    return this.dataSource.query(
      `SELECT coalesce(job_key, id::text) AS key, array_agg(id::text ORDER BY id) AS ids, max(attempts) AS attempts
         FROM notification
        WHERE status = 'pending' AND coalesce(job_key, id::text) = ANY($1::text[]) AND ($2::text IS NULL OR stage = $2)
        GROUP BY 1 ORDER BY 1`,
      [jobs.map((j) => j.key), stage],
    );
  }

  /**
   * A citizen notice that failed every attempt of its round (an SMTP outage outlasts the backoff) is made
   * pending again for another round, at most CITIZEN_NOTICE_ROUNDS rounds in all; `enqueuePending` queues it
   * (under the job id of its new round). The failed citizen notices are read from their own index.
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

/** The promise, or an error once `ms` passed (a late failure then is of no interest: the rows wait in the outbox). */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis gave no answer in ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
