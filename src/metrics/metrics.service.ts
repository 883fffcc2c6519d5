import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AttachmentFilesService } from '../attachments/attachment-files.service.js';
import { NOTIFICATION_QUEUE, outboxCounts } from '../notifications/notification-queue.js';
import { REMINDER_QUEUE } from '../reminders/reminder-queue.js';

/** A scrape never waits on a dead PostgreSQL or Redis: what cannot be read in time is left out. */
const COLLECT_TIMEOUT_MS = 1_500;
const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer in ${COLLECT_TIMEOUT_MS} ms`)),
        COLLECT_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The process's Prometheus registry. Counters and histograms are recorded where things happen (HTTP hook, mail
 * processor, sweep); gauges of shared state (pool, outbox, queues) are read when scraped. The API and the worker
 * each have their own (Prometheus adds the `instance` label).
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  private readonly logger = new Logger(MetricsService.name);
  readonly registry = new Registry();
  private readonly queues: Queue[] = [];

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly mailsSent = new Counter({
    name: 'mails_sent_total',
    help: 'Mails accepted by the SMTP server',
    registers: [this.registry],
  });
  readonly mailsFailed = new Counter({
    name: 'mails_failed_total',
    help: 'Mails given up after their last attempt (outbox status failed)',
    registers: [this.registry],
  });
  readonly mailErrors = new Counter({
    name: 'mail_send_errors_total',
    help: 'Send attempts that failed (retried until MAIL_ATTEMPTS)',
    registers: [this.registry],
  });
  readonly sweepDuration = new Histogram({
    name: 'reminder_sweep_duration_seconds',
    help: 'Reminder sweeps that ran (inside the send window)',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  readonly sweepRowsCreated = new Counter({
    name: 'reminder_sweep_rows_created_total',
    help: 'Outbox rows created by sweeps, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly sweepLastRun = new Gauge({
    name: 'reminder_sweep_last_run_timestamp_seconds',
    help: 'When this process last finished a sweep (ran or outside the send window)',
    registers: [this.registry],
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.sweepRowsCreated.inc({ kind: 'reminder' }, 0);
    this.sweepRowsCreated.inc({ kind: 'digest' }, 0);
    const pool = (): Pool | undefined => (this.dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool connections by state (in_use, idle) and requests waiting for one (waiting)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'in_use' }, p ? p.totalCount - p.idleCount : 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    const outbox = (): Promise<{ status: string; n: number }[]> => within(outboxCounts(this.dataSource));
    const logger = this.logger;
    new Gauge({
      name: 'outbox_notifications',
      help: 'Outbox rows (mails) by status',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        try {
          const rows = await outbox();
          OUTBOX_STATUSES.forEach((status) =>
            this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0),
          );
        } catch (error) {
          this.reset();
          logger.warn(`outbox not counted: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
    const queues = this.queues;
    new Gauge({
      name: 'queue_jobs',
      help: 'BullMQ jobs by queue and state (waiting = depth)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          queues.map(async (queue) => {
            try {
              const counts = await within(queue.getJobCounts(...JOB_STATES));
              JOB_STATES.forEach((state) => this.set({ queue: queue.name, state }, counts[state] ?? 0));
            } catch (error) {
              logger.warn(
                `queue ${queue.name} not counted: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }),
        );
      },
    });
  }

  private storedBytesGauge(files: AttachmentFilesService): void {
    const logger = this.logger;
    new Gauge({
      name: 'attachments_stored_bytes',
      help: 'Bytes of every document of the case file (sum of the attachment rows, reused for 15 s)',
      registers: [this.registry],
      async collect() {
        try {
          this.set(await within(files.storedBytesForMetrics()));
        } catch (error) {
          this.reset();
          logger.warn(`stored bytes not summed: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
  }

  /**
   * The queues this process has registered (the worker both, the API those it produces to or shows), and the
   * case file's stored total where the attachment storage is loaded (API and worker).
   */
  onModuleInit(): void {
    for (const name of [NOTIFICATION_QUEUE, REMINDER_QUEUE]) {
      try {
        this.queues.push(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
      } catch {
        // Not registered in this process.
      }
    }
    try {
      this.storedBytesGauge(this.moduleRef.get(AttachmentFilesService, { strict: false }));
    } catch {
      // No case file storage in this process.
    }
  }

  /** Records a finished sweep (see ReminderSweepService). */
  recordSweep(seconds: number, result: { ran: boolean; created: number; digests: number }): void {
    if (result.ran) {
      this.sweepDuration.observe(seconds);
      this.sweepRowsCreated.inc({ kind: 'reminder' }, result.created);
      this.sweepRowsCreated.inc({ kind: 'digest' }, result.digests);
    }
    this.sweepLastRun.setToCurrentTime();
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
