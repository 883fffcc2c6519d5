import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { BusinessClock } from '../common/clock.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { canReadSealed, canRevealVisit } from './case-access.js';
import { casesOfVisits, type VisitDirectory } from './case-queries.js';
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

/** `GET /cases/:id/identity`: the applicant, revealed on purpose. */
export interface CaseIdentityResponse {
  applicant: ApplicantData | null;
}

/**
 * Turns cases into responses. No response carries a sealed identity, whoever reads it (API.md "Roles"): it is
 * revealed only by `reveal`, one case at a time, to those `canReadSealed` allows, with a
 * `case.identity.read` audit row.
 */
@Injectable()
export class CaseViewService {
  private directory: VisitDirectory | null = null;

  constructor(
    private readonly crypto: PiiCryptoService,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /**
   * The responses for one reader, with no sealed applicant; a case that is not sealed does not show its link to a
   * sealed visit to a reader who may not reveal that visit (it would tell that its applicant's visit carried a
   * denunciation).
   */
  async toResponses(manager: EntityManager, user: AuthUser, cases: Case[]): Promise<CaseResponse[]> {
    const today = this.today();
    const hidden = await this.hiddenVisitLinks(manager, user, cases);
    return cases.map((c) => {
      const response = toCaseResponse(c, c.applicantSealed ? null : c.applicant, today);
      return hidden.has(c.id) ? { ...response, receptionId: null } : response;
    });
  }

  async toResponse(manager: EntityManager, user: AuthUser, c: Case): Promise<CaseResponse> {
    const [response] = await this.toResponses(manager, user, [c]);
    return response;
  }

  /** The ids of the cases (not sealed themselves) whose sealed visit this user may not reveal. */
  private async hiddenVisitLinks(
    manager: EntityManager,
    user: AuthUser,
    cases: Case[],
  ): Promise<Set<string>> {
    const linked = cases.filter((c) => c.receptionId !== null && c.kind !== 'denunciation');
    if (!linked.length) {
      return new Set();
    }
    const visits = await this.visits().sealedVisits(manager, [...new Set(linked.map((c) => c.receptionId!))]);
    const opened = await casesOfVisits(
      manager,
      visits.map((v) => v.id),
    );
    const unrevealable = new Set(
      visits
        .filter((v) => {
          const denunciations = (opened.get(v.id) ?? []).filter((d) => d.kind === 'denunciation');
          return !canRevealVisit(user, v, denunciations);
        })
        .map((v) => v.id),
    );
    return new Set(linked.filter((c) => unrevealable.has(c.receptionId!)).map((c) => c.id));
  }

  /** Reception registers what cases asks of visits (`VisitDirectory`): it depends on cases, not the reverse. */
  useVisits(directory: VisitDirectory): void {
    this.directory = directory;
  }

  visits(): VisitDirectory {
    if (!this.directory) {
      throw new Error('No visit directory: the reception module registers it');
    }
    return this.directory;
  }

  /**
   * The applicant of a case the user may see: in clear when it is not sealed; a sealed one only to those who
   * may read it (403 for the others), audited with the reason in the caller's transaction.
   */
  async reveal(
    manager: EntityManager,
    user: AuthUser,
    c: LoadedCase,
    reason: string | null,
  ): Promise<CaseIdentityResponse> {
    if (!c.applicantSealed) {
      return { applicant: c.applicant };
    }
    if (!canReadSealed(user, c)) {
      throw new ForbiddenError("Only the case's leaders and its assigned inspector may reveal this identity");
    }
    await this.audit.recordIdentityReads(manager, 'case', [c.id], { reason });
    return { applicant: c.applicantCipher ? this.crypto.decrypt<ApplicantData>(c.applicantCipher) : null };
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
