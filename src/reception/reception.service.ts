import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { BusinessClock } from '../common/clock.js';
import { ForbiddenError, LegalRuleError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { refusalGroundProblem, replyDueDate, representativesProblem } from './domain/reception-rules.js';
import type { CreateReceptionDto } from './dto/create-reception.dto.js';
import { type ReceptionResponse, ReceptionViewService } from './reception-view.service.js';
import { Reception } from './reception.entity.js';
import { normaliseRepresentatives, storeRepresentatives } from './representatives-seal.js';
import { withinReach } from '../units/unit-scope.js';

/** Logs visits. Opening a case from a visit and recording the reply live in `ReceptionCaseService`. */
@Injectable()
export class ReceptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: PiiCryptoService,
    private readonly calendar: CalendarService,
    private readonly view: ReceptionViewService,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
  ) {}

  async create(user: AuthUser, dto: CreateReceptionDto): Promise<ReceptionResponse> {
    const visitedAt = this.clock.pastInstant('visitedAt', dto.visitedAt);
    const visitDate = this.clock.dateOf(visitedAt);
    this.checkRules(dto, visitDate);
    const unit = await this.checkUnit(user, dto.unitId ?? user.unitId);
    if (dto.hostedBy === 'leader') {
      await this.checkLeader(dto.leaderId!, unit);
    }
    const representatives = normaliseRepresentatives(dto.representatives);
    const stored = storeRepresentatives(this.crypto, representatives, dto.category === 'denunciation');
    return this.dataSource.transaction(async (manager) => {
      const calendar = await this.calendar.calendar(manager);
      const visit = manager.create(Reception, {
        visitedAt,
        visitDate,
        visitorCount: dto.visitorCount,
        ...stored,
        category: dto.category,
        subject: dto.subject,
        content: dto.content,
        previousHandling: dto.previousHandling ?? null,
        hostedBy: dto.hostedBy,
        leaderId: dto.hostedBy === 'leader' ? dto.leaderId! : null,
        delegated: dto.delegated ?? false,
        repeatVisit:
          dto.repeatVisit ??
          (await this.seenBefore(manager, unit.id, visitedAt, stored.representativeIdHashes)),
        repeatVisitDeclared: dto.repeatVisit ?? null,
        unitId: unit.id,
        outcome: dto.outcome,
        refusalGround: dto.refusalGround ?? null,
        note: dto.note ?? null,
        replyDueDate: replyDueDate(dto.outcome, visitDate, calendar),
        repliedAt: null,
        createdBy: user.id,
      });
      await manager.insert(Reception, visit);
      await this.audit.record(manager, {
        action: 'reception.create',
        entityType: 'reception',
        entityId: visit.id,
        details: {
          unitId: unit.id,
          category: visit.category,
          hostedBy: visit.hostedBy,
          outcome: visit.outcome,
          visitorCount: visit.visitorCount,
          sealed: visit.representativesSealed,
        },
      });
      return this.view.toResponse(manager, user, { ...visit, unitPath: unit.path });
    });
  }

  /** The register's own rules, checked before anything is read or stored. */
  private checkRules(dto: CreateReceptionDto, visitDate: string): void {
    const count = representativesProblem(dto.visitorCount, dto.representatives.length);
    if (count) {
      throw new ValidationError(count);
    }
    if (dto.hostedBy === 'leader' && !dto.leaderId) {
      throw new ValidationError('leaderId is required when hostedBy is leader');
    }
    if (dto.hostedBy === 'desk' && dto.leaderId) {
      throw new ValidationError('leaderId must be absent when hostedBy is desk');
    }
    if (dto.hostedBy === 'desk' && dto.delegated) {
      throw new ValidationError('delegated applies to a leader-hosted visit only');
    }
    if (dto.outcome === 'refused' && !dto.refusalGround) {
      throw new ValidationError('refusalGround is required when outcome is refused');
    }
    if (dto.outcome !== 'refused' && dto.refusalGround) {
      throw new ValidationError('refusalGround must be absent unless outcome is refused');
    }
    const ground = dto.refusalGround ? refusalGroundProblem(dto.refusalGround, visitDate) : null;
    if (ground) {
      throw new LegalRuleError(ground);
    }
  }

  private async checkUnit(user: AuthUser, unitId: string | null): Promise<Unit> {
    if (!unitId) {
      throw new ValidationError('unitId is required for a user without a unit');
    }
    const unit = await this.dataSource.manager.findOneBy(Unit, { id: unitId });
    if (!unit) {
      throw new ValidationError(`unitId: no unit ${unitId}`);
    }
    if (!withinReach(user, unit.path)) {
      throw new ForbiddenError('A visit can be logged only in your unit or its sub-units');
    }
    return unit;
  }

  /** The hosting leader leads the visit's unit or one of the units above it (400 otherwise). */
  private async checkLeader(leaderId: string, unit: Unit): Promise<void> {
    const leader = await this.dataSource.manager.findOneBy(User, { id: leaderId });
    if (!leader || leader.role !== 'leader' || !leader.active) {
      throw new ValidationError(`leaderId: ${leaderId} is not an active leader`);
    }
    const leaderUnit = leader.unitId
      ? await this.dataSource.manager.findOneBy(Unit, { id: leader.unitId })
      : null;
    if (!leaderUnit || !unit.path.startsWith(leaderUnit.path)) {
      throw new ValidationError(
        "leaderId: the hosting leader must lead the visit's unit or one of the units above it",
      );
    }
  }

  /**
   * A visit that has just been sealed (a denunciation opened from it) no longer counts as an earlier visit: the
   * later visits of its unit that shared an ID number with it, logged while it was not sealed, are counted again
   * as `seenBefore` would count them now (unless the officer declared them), so that no report still counts
   * them as repeats because of it.
   */
  async recountAfterSealing(manager: EntityManager, sealed: Reception): Promise<void> {
    if (!sealed.representativeIdHashes.length) {
      return;
    }
    await manager.query(
      `UPDATE reception v SET repeat_visit = EXISTS (
         SELECT 1 FROM reception p WHERE p.unit_id = v.unit_id AND p.visited_at < v.visited_at
            AND p.representative_id_hashes && v.representative_id_hashes AND NOT p.representatives_sealed)
        WHERE v.unit_id = $1 AND v.visited_at > $2 AND v.repeat_visit AND v.repeat_visit_declared IS NULL
          AND v.representative_id_hashes && $3::text[]`,
      [sealed.unitId, sealed.visitedAt, sealed.representativeIdHashes],
    );
  }

  /**
   * True when an earlier visit of the unit that is not sealed shares an ID number with this one (tiếp nhiều
   * lần, as the reports count it); a sealed visit never counts, so that no count reveals one.
   */
  private async seenBefore(
    manager: EntityManager,
    unitId: string,
    visitedAt: Date,
    idHashes: string[],
  ): Promise<boolean> {
    if (!idHashes.length) {
      return false;
    }
    return manager
      .createQueryBuilder(Reception, 'p')
      .where('p.unit_id = :unitId AND p.visited_at < :visitedAt', { unitId, visitedAt })
      .andWhere('p.representative_id_hashes && :idHashes::text[]', { idHashes })
      .andWhere('NOT p.representatives_sealed')
      .getExists();
  }
}
