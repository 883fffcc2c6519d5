import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { isStillDue } from '../../cases/case-queries.js';
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
 * Sends one outbox row. Idempotent: a row no longer pending is skipped; a reminder whose case moved on (closed,
 * or a new deadline) is cancelled; the Message-ID is the row id, so a mail server can drop a duplicate sent
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
  ) {
    super();
  }

  process(job: Job<SendNotificationPayload>): Promise<string> {
    return runLoggedJob(job, this.logger, () => this.send(job));
  }

  private async send(job: Job<SendNotificationPayload>): Promise<string> {
    const row = await this.dataSource.manager.findOneBy(Notification, { id: job.data.notificationId });
    if (!row || row.status !== 'pending') {
      return 'skipped';
    }
    if (
      REMINDER_STAGES.has(row.stage) &&
      !(await isStillDue(this.dataSource, row.caseId, row.deadlineVersion))
    ) {
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
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
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
      // eslint-disable-next-line preserve-caught-error
      throw new Error(reason);
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
