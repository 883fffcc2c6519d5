import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { CaseDueQueries } from '../../cases/case-due.queries.js';
import { PiiCryptoService } from '../../citizens/pii-crypto.service.js';
import type { AppConfig } from '../../config/config.js';
import { runLoggedJob } from '../../logging/job-log-context.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { MailRendererService } from '../mail-renderer.service.js';
import { MailTransportService } from '../mail-transport.service.js';
import { Notification } from '../notification.entity.js';
import { NOTIFICATION_QUEUE, type SendNotificationPayload } from '../notification-queue.js';

const REMINDER_STAGES = new Set(['due_soon', 'due_today', 'overdue', 'escalation']);

/** Removes every mention of a sealed address, in any letter case (mail servers upper-case addresses). */
export function scrub(text: string, address: string): string {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(escaped, 'gi'), '(sealed)');
}

/**
 * Sends the outbox rows of one job. Idempotent: a row no longer pending is skipped; a reminder whose case moved
 * on (closed, or a new deadline) is cancelled; the Message-ID is the row id, so a mail server can drop a duplicate sent
 * when a worker died between sending and recording it. Registered in the worker process only, with its
 * settings by `sendNotificationProcessor`.
 */
@Processor(NOTIFICATION_QUEUE)
export class SendNotificationProcessor extends WorkerHost {
  private readonly logger = new Logger(SendNotificationProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: MailRendererService,
    private readonly transport: MailTransportService,
    private readonly crypto: PiiCryptoService,
    private readonly metrics: MetricsService,
    private readonly cases: CaseDueQueries,
  ) {
    super();
  }

  process(job: Job<SendNotificationPayload>): Promise<string> {
    return runLoggedJob(job, this.logger, () => this.sendAll(job));
  }

  /**
   * The job's rows in order, one mail at a time (as many mails in flight as jobs), each tried once per attempt.
   * If any failed, BullMQ retries the job after its backoff (rows sent already are skipped then); on the last
   * attempt each one that fails is marked `failed`.
   */
  private async sendAll(job: Job<SendNotificationPayload>): Promise<string> {
    const ids = job.data.notificationIds ?? (job.data.notificationId ? [job.data.notificationId] : []);
    const rows = await this.dataSource.manager.find(Notification, {
      where: { id: In(ids), status: 'pending' },
      order: { id: 'ASC' },
    });
    const reminders = rows.filter((r) => REMINDER_STAGES.has(r.stage) && r.caseId);
    const due = await this.cases.stillDue(
      reminders.map((r) => ({ caseId: r.caseId!, deadlineVersion: r.deadlineVersion ?? 0 })),
    );
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const counts = { sent: 0, cancelled: 0, failed: 0 };
    let firstError: Error | null = null;
    for (const row of rows) {
      const outcome = await this.send(job, row, due, last);
      if (outcome instanceof Error) {
        counts.failed += 1;
        firstError ??= outcome;
      } else {
        counts[outcome] += 1;
      }
    }
    if (firstError) {
      throw firstError;
    }
    return `sent ${counts.sent}, cancelled ${counts.cancelled}, skipped ${ids.length - rows.length}`;
  }

  private async send(
    job: Job<SendNotificationPayload>,
    row: Notification,
    due: Set<string>,
    last: boolean,
  ): Promise<'sent' | 'cancelled' | Error> {
    if (REMINDER_STAGES.has(row.stage) && !due.has(`${row.caseId}:${row.deadlineVersion}`)) {
      await this.dataSource.manager.update(
        Notification,
        { id: row.id, status: 'pending' },
        { status: 'cancelled', lastError: 'the case moved on' },
      );
      return 'cancelled';
    }
    try {
      const mail = this.renderer.render(row.template, row.data);
      await this.transport.send({
        to: row.recipientCipher ? this.crypto.decrypt<string>(row.recipientCipher) : row.recipient,
        ...mail,
        messageId: `<${row.id}@citizen-cases>`,
      });
    } catch (error) {
      // An SMTP refusal may quote the address: a sealed one must not reach the outbox columns or the log.
      const reason = row.recipientCipher
        ? scrub(String(error), this.crypto.decrypt<string>(row.recipientCipher))
        : String(error);
      await this.dataSource.query(
        `UPDATE notification SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
          WHERE id = $1 AND status = 'pending'`,
        [row.id, reason.slice(0, 1000), last],
      );
      this.metrics.mailErrors.inc();
      if (last) {
        this.metrics.mailsFailed.inc();
      }
      this.logger.warn({
        message: 'mail not sent',
        notificationId: row.id,
        jobId: job.id,
        attempt: job.attemptsMade + 1,
        last,
      });
      // The original error is left out on purpose: its text may quote a sealed address.
      return new Error(reason);
    }
    await this.dataSource.query(
      `UPDATE notification SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
      [row.id],
    );
    this.metrics.mailsSent.inc();
    return 'sent';
  }
}

/**
 * The processor with the worker settings of the configuration (BullMQ reads them from the class when it starts
 * the worker); a process runs one configuration.
 */
export function sendNotificationProcessor({ concurrency, lockMs }: AppConfig['worker']): Type<WorkerHost> {
  Processor(NOTIFICATION_QUEUE, { concurrency, lockDuration: lockMs, stalledInterval: lockMs })(
    SendNotificationProcessor,
  );
  return SendNotificationProcessor;
}
