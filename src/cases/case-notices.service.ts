import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { NotificationProducerService } from '../notifications/notification-producer.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { ApplicantData, Case } from './case.entity.js';
import { BusinessClock } from '../common/clock.js';
import type { CitizenNotice } from './domain/case-workflow.js';

/** The notices a citizen gets by mail (issue 6): on intake and on acceptance, refusal, transfer and result. */
const MAILED: readonly string[] = ['acknowledgement', 'acceptance', 'refusal', 'transfer', 'result'];

function ddmmyyyy(date: string | null): string {
  return date ? date.split('-').reverse().join('/') : '';
}

/**
 * Writes citizen notices into the outbox in the case's transaction; `flush` queues them after the commit.
 * A sealed denunciator's address is stored encrypted, and no notice carries anyone's identity.
 */
@Injectable()
export class CaseNoticesService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly producer: NotificationProducerService,
    private readonly crypto: PiiCryptoService,
    private readonly clock: BusinessClock,
  ) {}

  async add(
    manager: EntityManager,
    c: Case,
    notice: CitizenNotice | 'acknowledgement',
    eventKey: string,
    input: { reason?: string | null; toAuthority?: string | null } = {},
  ): Promise<string | null> {
    const email = this.email(c);
    if (!email || !MAILED.includes(notice)) {
      return null;
    }
    return this.notifications.addCitizenNotice(manager, {
      caseId: c.id,
      notice,
      eventKey,
      email,
      sealed: c.applicantSealed,
      data: {
        code: c.code,
        kind: c.kind,
        receivedDate: ddmmyyyy(this.clock.dateOf(c.receivedAt)),
        dueDate: ddmmyyyy(c.dueDate),
        reason: input.reason ?? '',
        toAuthority: input.toAuthority ?? '',
        resolvedDate: ddmmyyyy(c.resolvedAt ? this.clock.dateOf(c.resolvedAt) : null),
      },
    });
  }

  async flush(ids: (string | null)[]): Promise<void> {
    await this.producer.enqueueQuietly(ids.filter((id): id is string => id !== null));
  }

  private email(c: Case): string | null {
    if (c.anonymous) {
      return null;
    }
    if (c.applicantSealed) {
      return c.applicantCipher ? (this.crypto.decrypt<ApplicantData>(c.applicantCipher).email ?? null) : null;
    }
    return c.applicant?.email ?? null;
  }
}
