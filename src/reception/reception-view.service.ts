import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import type { AuthUser } from '../common/http/request-context.js';
import { isGroupVisit } from './domain/reception-rules.js';
import { canReadRepresentatives, type LoadedReception, type VisitCase } from './reception-access.js';
import type { Reception, RepresentativeData } from './reception.entity.js';

export interface ReceptionResponse {
  id: string;
  visitedAt: string;
  visitDate: string;
  visitorCount: number;
  groupVisit: boolean;
  representatives: RepresentativeData[] | null;
  representativesSealed: boolean;
  category: Reception['category'];
  subject: string;
  content: string;
  previousHandling: string | null;
  hostedBy: Reception['hostedBy'];
  leaderId: string | null;
  delegated: boolean;
  repeatVisit: boolean;
  unitId: string;
  outcome: Reception['outcome'];
  refusalGround: Reception['refusalGround'];
  note: string | null;
  replyDueDate: string | null;
  repliedAt: string | null;
  awaitingReply: boolean;
  caseIds: string[];
  createdBy: string;
  createdAt: string;
}

/**
 * Turns visits into responses for one reader: sealed representatives are decrypted only for those who may read
 * them, and each such read writes a `reception.identity.read` audit row with the given manager.
 */
@Injectable()
export class ReceptionViewService {
  constructor(
    private readonly crypto: PiiCryptoService,
    private readonly audit: AuditService,
  ) {}

  async toResponses(
    manager: EntityManager,
    user: AuthUser,
    visits: LoadedReception[],
    purpose: string,
  ): Promise<ReceptionResponse[]> {
    const cases = await this.casesOf(
      manager,
      visits.map((v) => v.id),
    );
    const reads: string[] = [];
    const responses = visits.map((v) => {
      const opened = cases.get(v.id) ?? [];
      const representatives = this.representativesFor(user, v, opened);
      if (v.representativesSealed && representatives) {
        reads.push(v.id);
      }
      return toReceptionResponse(
        v,
        representatives,
        opened.map((c) => c.id),
      );
    });
    await this.audit.recordIdentityReads(manager, 'reception', reads, purpose);
    return responses;
  }

  async toResponse(
    manager: EntityManager,
    user: AuthUser,
    visit: LoadedReception,
    purpose: string,
  ): Promise<ReceptionResponse> {
    const [response] = await this.toResponses(manager, user, [visit], purpose);
    return response;
  }

  /** The representatives in clear, for the service's own use (the applicant of a case opened from the visit). */
  representativesOf(visit: Reception): RepresentativeData[] {
    if (!visit.representativesSealed) {
      return visit.representatives ?? [];
    }
    return visit.representativesCipher
      ? this.crypto.decrypt<RepresentativeData[]>(visit.representativesCipher)
      : [];
  }

  private representativesFor(
    user: AuthUser,
    visit: LoadedReception,
    opened: VisitCase[],
  ): RepresentativeData[] | null {
    if (!visit.representativesSealed) {
      return visit.representatives;
    }
    const denunciations = opened.filter((c) => c.kind === 'denunciation');
    if (!visit.representativesCipher || !canReadRepresentatives(user, visit, denunciations)) {
      return null;
    }
    return this.crypto.decrypt<RepresentativeData[]>(visit.representativesCipher);
  }

  /** The cases opened from each visit, oldest first. */
  private async casesOf(manager: EntityManager, ids: string[]): Promise<Map<string, VisitCase[]>> {
    const byVisit = new Map<string, VisitCase[]>();
    if (!ids.length) {
      return byVisit;
    }
    const rows = await manager.query<
      {
        id: string;
        reception_id: string;
        kind: VisitCase['kind'];
        unit_id: string;
        assignee_id: string | null;
        created_by: string;
        path: string;
      }[]
    >(
      `SELECT c.id, c.reception_id, c.kind, c.unit_id, c.assignee_id, c.created_by, u.path
         FROM citizen_case c JOIN unit u ON u.id = c.unit_id
        WHERE c.reception_id = ANY($1::uuid[])
        ORDER BY c.received_at, c.created_at, c.id`,
      [ids],
    );
    for (const r of rows) {
      const list = byVisit.get(r.reception_id) ?? [];
      list.push({
        id: r.id,
        kind: r.kind,
        unitId: r.unit_id,
        assigneeId: r.assignee_id,
        createdBy: r.created_by,
        unitPath: r.path,
      });
      byVisit.set(r.reception_id, list);
    }
    return byVisit;
  }
}

export function toReceptionResponse(
  v: Reception,
  representatives: RepresentativeData[] | null,
  caseIds: string[],
): ReceptionResponse {
  return {
    id: v.id,
    visitedAt: v.visitedAt.toISOString(),
    visitDate: v.visitDate,
    visitorCount: v.visitorCount,
    groupVisit: isGroupVisit(v.visitorCount),
    representatives,
    representativesSealed: v.representativesSealed,
    category: v.category,
    subject: v.subject,
    content: v.content,
    previousHandling: v.previousHandling,
    hostedBy: v.hostedBy,
    leaderId: v.leaderId,
    delegated: v.delegated,
    repeatVisit: v.repeatVisit,
    unitId: v.unitId,
    outcome: v.outcome,
    refusalGround: v.refusalGround,
    note: v.note,
    replyDueDate: v.replyDueDate,
    repliedAt: v.repliedAt ? v.repliedAt.toISOString() : null,
    awaitingReply: v.replyDueDate !== null && v.repliedAt === null,
    caseIds,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}
