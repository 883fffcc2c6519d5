import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { caseIdsInUnitsSql } from '../cases/case-queries.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import type { NotificationQuery } from './dto/notification-query.dto.js';
import { NotificationProducerService } from './notification-producer.service.js';
import { NOTIFICATION_QUEUE, type SendNotificationPayload } from './notification-queue.js';
import type { NotificationStage, NotificationStatus } from './notification.entity.js';
import type { NotificationResponse } from './notification.response.js';
import { subtreePattern } from '../units/unit-scope.js';

/** A mail to the citizen of a case, as the outbox records it. */
export interface CitizenNoticeMail {
  caseId: string;
  /** The template: `acknowledgement`, or the workflow's `CitizenNotice` (acceptance, refusal, result...). */
  notice: string;
  /** What makes this notice unique for the case (the event it reports). */
  eventKey: string;
  email: string;
  /** The case's identity is sealed: the address is stored encrypted only. */
  sealed: boolean;
  data: Record<string, unknown>;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: PiiCryptoService,
    private readonly audit: AuditService,
    private readonly producer: NotificationProducerService,
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue<SendNotificationPayload>,
  ) {}

  /**
   * A `failed` mail goes back to `pending` (409 for any other status), audited, and is queued again after the
   * commit. BullMQ keeps the failed job under the row's id, so it is removed first; were that to fail, the row
   * still waits in the outbox for the next sweep.
   */
  async retry(id: string): Promise<NotificationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ status: NotificationStatus }[]>(
        'SELECT status FROM notification WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!row) {
        throw new NotFoundError('No such notification');
      }
      if (row.status !== 'failed') {
        throw new ConflictError(`Only a failed mail is retried; this one is ${row.status}`, {
          status: row.status,
        });
      }
      // Out of its sweep batch, if it was in one: a job of its own under its id (the batch's job stays failed).
      await manager.query(`UPDATE notification SET status = 'pending', job_key = NULL WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        action: 'notification.retry',
        entityType: 'notification',
        entityId: id,
        details: { from: 'failed', to: 'pending' },
      });
    });
    await this.queue.remove(id).catch(() => 0);
    await this.producer.enqueueQuietly([id]);
    const [response] = await this.rows('WHERE n.id = $1', [id], 1, 0);
    return response;
  }

  /** Writes a citizen notice into the outbox in the caller's transaction; returns its id (null if it existed). */
  async addCitizenNotice(manager: EntityManager, notice: CitizenNoticeMail): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO notification (dedupe_key, case_id, stage, template, recipient, recipient_cipher, data)
       VALUES ($1, $2, 'citizen_notice', $3, $4, $5, $6)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        `citizen:${notice.caseId}:${notice.notice}:${notice.eventKey}`,
        notice.caseId,
        `citizen_${notice.notice}`,
        notice.sealed ? '(sealed)' : notice.email,
        notice.sealed ? this.crypto.encrypt(notice.email) : null,
        JSON.stringify(notice.data),
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Admins see every notification; leaders those of the cases of their unit tree and their own mails. */
  async list(user: AuthUser, query: NotificationQuery): Promise<Page<NotificationResponse>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (user.role !== 'admin') {
      params.push(subtreePattern(user), user.id);
      where.push(
        `(n.recipient_user_id = $${params.length} OR n.case_id IN (${caseIdsInUnitsSql(`$${params.length - 1}`)}))`,
      );
    }
    if (query.caseId) {
      add('n.case_id = ?', query.caseId);
    }
    if (query.stage) {
      add('n.stage = ?', query.stage);
    }
    if (query.status) {
      add('n.status = ?', query.status);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM notification n ${filter}`,
      params,
    );
    return {
      items: await this.rows(filter, params, query.limit, (query.page - 1) * query.limit),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  private async rows(
    filter: string,
    params: unknown[],
    limit: number,
    offset: number,
  ): Promise<NotificationResponse[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT n.id, n.case_id, n.stage, n.recipient, to_char(n.deadline, 'YYYY-MM-DD') AS deadline, n.status,
              n.attempts, n.sent_at, n.last_error
         FROM notification n ${filter}
        ORDER BY n.created_at DESC, n.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return rows.map((r) => ({
      id: r.id as string,
      caseId: r.case_id as string | null,
      stage: r.stage as NotificationStage,
      recipient: r.recipient as string,
      deadline: r.deadline as string | null,
      status: r.status as NotificationStatus,
      attempts: r.attempts as number,
      sentAt: r.sent_at ? (r.sent_at as Date).toISOString() : null,
      lastError: r.last_error as string | null,
    }));
  }
}
