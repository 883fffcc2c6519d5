import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { casesOfVisits, type VisitCase } from '../cases/case-queries.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import type { AuthUser } from '../common/http/request-context.js';
import { isGroupVisit } from './domain/reception-rules.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import {
  canReadRepresentatives,
  type LoadedReception,
  receptionScope,
  sealedReaderSql,
} from './reception-access.js';
import { Reception, type RepresentativeData } from './reception.entity.js';

export interface ReceptionResponse {
  id: string;
  visitedAt: string;
  visitDate: string;
  visitorCount: number;
  groupVisit: boolean;
  representatives: RepresentativeData[];
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

/** `GET /receptions/:id/identity`: the representatives, revealed on purpose. */
export interface ReceptionIdentityResponse {
  representatives: RepresentativeData[];
}

/**
 * Turns visits into responses for one reader. No response carries a sealed visit's representatives, whoever
 * reads it (`representatives: []`); those who may not reveal them see neither the cases opened from it nor
 * whether its visitors came before (`repeatVisit: false`). `repeatVisit` counts only the earlier visits this
 * reader may read, sealed ones only if they may reveal them. `reveal` shows sealed representatives, one visit at a time, audited as `reception.identity.read`.
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
  ): Promise<ReceptionResponse[]> {
    const ids = visits.map((v) => v.id);
    const cases = await casesOfVisits(manager, ids);
    const repeats = await this.repeatsFor(manager, user, visits);
    return visits.map((v) => {
      const opened = cases.get(v.id) ?? [];
      // What is known of a sealed visit's visitors (its cases, whether they came before) is theirs too.
      const known = !v.representativesSealed || this.mayReveal(user, v, opened);
      return toReceptionResponse(
        v,
        v.representativesSealed ? [] : (v.representatives ?? []),
        known ? opened.map((c) => c.id) : [],
        known && (v.repeatVisitDeclared ?? repeats.has(v.id)),
      );
    });
  }

  async toResponse(
    manager: EntityManager,
    user: AuthUser,
    visit: LoadedReception,
  ): Promise<ReceptionResponse> {
    const [response] = await this.toResponses(manager, user, [visit]);
    return response;
  }

  /**
   * The representatives of a visit the user may see: in clear when not sealed; sealed ones only to those who
   * may read them (403 for the others), audited with the reason in the caller's transaction.
   */
  async reveal(
    manager: EntityManager,
    user: AuthUser,
    visit: LoadedReception,
    reason: string | null,
  ): Promise<ReceptionIdentityResponse> {
    if (!visit.representativesSealed) {
      return { representatives: visit.representatives ?? [] };
    }
    const opened = (await casesOfVisits(manager, [visit.id])).get(visit.id) ?? [];
    if (!this.mayReveal(user, visit, opened)) {
      throw new ForbiddenError("Only the visit's leaders may reveal the representatives of a sealed visit");
    }
    await this.audit.recordIdentityReads(manager, 'reception', [visit.id], { reason });
    return { representatives: this.representativesOf(visit) };
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

  private mayReveal(user: AuthUser, visit: LoadedReception, opened: VisitCase[]): boolean {
    return canReadRepresentatives(
      user,
      visit,
      opened.filter((c) => c.kind === 'denunciation'),
    );
  }

  /**
   * The visits (of those given, without a declared `repeatVisit`) that share an ID number with an earlier visit
   * of their unit which this user may read, a sealed one only if this user may read its representatives.
   */
  private async repeatsFor(
    manager: EntityManager,
    user: AuthUser,
    visits: LoadedReception[],
  ): Promise<Set<string>> {
    const ids = visits
      .filter((v) => v.repeatVisitDeclared === null && v.representativeIdHashes.length)
      .map((v) => v.id);
    if (!ids.length) {
      return new Set();
    }
    const scope = receptionScope(user);
    const reader = sealedReaderSql(user);
    const rows = await manager
      .createQueryBuilder()
      .select('v.id', 'id')
      .from(Reception, 'v')
      .where('v.id IN (:...repeatIds)', { repeatIds: ids })
      .andWhere(
        `EXISTS (SELECT 1 FROM reception r JOIN unit u ON u.id = r.unit_id
          WHERE r.unit_id = v.unit_id AND r.visited_at < v.visited_at
            AND r.representative_id_hashes && v.representative_id_hashes
            AND ${scope.sql} AND (NOT r.representatives_sealed OR ${reader.sql}))`,
        { ...scope.params, ...reader.params },
      )
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }
}

export function toReceptionResponse(
  v: Reception,
  representatives: RepresentativeData[],
  caseIds: string[],
  repeatVisit: boolean,
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
    repeatVisit,
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
