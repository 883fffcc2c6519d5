import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { businessDateOf } from '../calendar/domain/business-date.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { Clock } from '../common/clock.js';
import type { AuthUser } from '../common/http/request-context.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { canReadSealed, type ScopedCase } from './case-access.js';
import type { ApplicantData, Case, Channel } from './case.entity.js';
import { isOverdue } from './domain/case-deadlines.js';

export interface CaseResponse {
  id: string;
  code: string;
  kind: Case['kind'];
  procedure: Case['procedure'];
  status: Case['status'];
  channel: Channel;
  subject: string;
  content: string;
  applicant: ApplicantData | null;
  applicantSealed: boolean;
  anonymous: boolean;
  unitId: string;
  assigneeId: string | null;
  receptionId: string | null;
  complexity: Case['complexity'];
  remoteArea: boolean;
  receivedAt: string;
  acceptedAt: string | null;
  resolvedAt: string | null;
  finishedAt: string | null;
  outcome: Case['outcome'];
  decisionNumber: string | null;
  deadlines: { acceptance: string | null; resolution: string | null };
  dueDate: string | null;
  overdue: boolean;
  onTime: boolean | null;
  extensionCount: number;
  version: number;
}

export type LoadedCase = Case & { unitPath: string };

/**
 * Turns cases into responses for one reader: a sealed identity is decrypted only for those allowed to read it,
 * and each such read writes a `case.identity.read` audit row with the given manager.
 */
@Injectable()
export class CaseViewService {
  constructor(
    private readonly crypto: PiiCryptoService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return businessDateOf(this.clock.now(), this.config.businessTimeZone);
  }

  async toResponses(
    manager: EntityManager,
    user: AuthUser,
    cases: LoadedCase[],
    purpose: string,
  ): Promise<CaseResponse[]> {
    const today = this.today();
    const reads: string[] = [];
    const responses = cases.map((c) => {
      const applicant = this.applicantFor(user, c);
      if (c.applicantSealed && applicant) {
        reads.push(c.id);
      }
      return toCaseResponse(c, applicant, today);
    });
    await this.audit.recordIdentityReads(manager, 'case', reads, purpose);
    return responses;
  }

  async toResponse(
    manager: EntityManager,
    user: AuthUser,
    c: LoadedCase,
    purpose: string,
  ): Promise<CaseResponse> {
    const [response] = await this.toResponses(manager, user, [c], purpose);
    return response;
  }

  private applicantFor(user: AuthUser, c: Case & ScopedCase): ApplicantData | null {
    if (!c.applicantSealed) {
      return c.applicant;
    }
    if (!c.applicantCipher || !canReadSealed(user, c)) {
      return null;
    }
    return this.crypto.decrypt<ApplicantData>(c.applicantCipher);
  }
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export function toCaseResponse(c: Case, applicant: ApplicantData | null, today: string): CaseResponse {
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    procedure: c.procedure,
    status: c.status,
    channel: c.channel,
    subject: c.subject,
    content: c.content,
    applicant,
    applicantSealed: c.applicantSealed,
    anonymous: c.anonymous,
    unitId: c.unitId,
    assigneeId: c.assigneeId,
    receptionId: c.receptionId,
    complexity: c.complexity,
    remoteArea: c.remoteArea,
    receivedAt: c.receivedAt.toISOString(),
    acceptedAt: iso(c.acceptedAt),
    resolvedAt: iso(c.resolvedAt),
    finishedAt: iso(c.finishedAt),
    outcome: c.outcome,
    decisionNumber: c.decisionNumber,
    deadlines: { acceptance: c.acceptanceDue, resolution: c.resolutionDue },
    dueDate: c.dueDate,
    overdue: isOverdue(c.dueDate, today),
    onTime: c.onTime,
    extensionCount: c.extensionCount,
    version: c.version,
  };
}
