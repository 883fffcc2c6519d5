import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { type IntakeResponse, CaseIntakeService } from '../cases/case-intake.service.js';
import type { Case } from '../cases/case.entity.js';
import type { CreateCaseDto } from '../cases/dto/create-case.dto.js';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { BusinessClock } from '../common/clock.js';
import { ConflictError, ValidationError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import { replyDueDate } from './domain/reception-rules.js';
import type { OpenVisitCaseDto, ReplyDto } from './dto/open-visit-case.dto.js';
import { lockVisit, ReceptionQueryService } from './reception-query.service.js';
import { type ReceptionResponse, ReceptionViewService } from './reception-view.service.js';
import { ReceptionService } from './reception.service.js';
import { Reception } from './reception.entity.js';
import { storeRepresentatives } from './representatives-seal.js';

/** What happens to a visit after it was logged: a case opened from it, the Art. 28 reply. */
@Injectable()
export class ReceptionCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: CaseIntakeService,
    private readonly queries: ReceptionQueryService,
    private readonly view: ReceptionViewService,
    private readonly receptions: ReceptionService,
    private readonly calendar: CalendarService,
    private readonly crypto: PiiCryptoService,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
  ) {}

  /**
   * Opens a case from a visit (body as `POST /cases`, defaults from the visit) and, in the intake's
   * transaction, links the visit: outcome case_opened, the reply clock, and the representatives sealed from
   * now on when the case is a denunciation.
   */
  async openCase(user: AuthUser, id: string, dto: OpenVisitCaseDto): Promise<IntakeResponse> {
    const visit = await this.queries.visible(this.dataSource.manager, user, id);
    assertCanOpenFrom(visit);
    if (visit.representativesSealed && !dto.applicant && !dto.anonymous && dto.kind !== 'denunciation') {
      // The sealed identity may only flow into a case that is sealed too.
      throw new ValidationError(
        'This visit holds a sealed identity: give the applicant explicitly, or open a denunciation from it',
      );
    }
    const [first] = this.view.representativesOf(visit);
    const caseDto: CreateCaseDto = {
      ...dto,
      channel: dto.channel ?? 'in_person',
      receivedAt: dto.receivedAt ?? visit.visitedAt.toISOString(),
      unitId: dto.unitId ?? visit.unitId,
      receptionId: visit.id,
      applicant:
        dto.applicant ??
        (dto.anonymous || !first
          ? dto.applicant
          : {
              fullName: first.fullName,
              idNumber: first.idNumber,
              phone: first.phone,
              address: first.address,
            }),
    };
    const { body } = await this.intake.open(user, caseDto, undefined, (manager, c) =>
      this.link(manager, visit.id, c),
    );
    return body;
  }

  /** Records the Art. 28 reply of a visit that owes one. */
  async reply(user: AuthUser, id: string, dto: ReplyDto): Promise<ReceptionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.queries.visible(manager, user, id);
      await lockVisit(manager, id);
      const visit = await this.queries.visible(manager, user, id);
      if (visit.replyDueDate === null) {
        throw new ConflictError('This visit owes no reply (it was dealt with on the spot)');
      }
      if (visit.repliedAt !== null) {
        throw new ConflictError('The reply of this visit is recorded already');
      }
      const repliedAt = this.clock.pastInstant('repliedAt', dto.repliedAt);
      if (repliedAt < visit.visitedAt) {
        throw new ValidationError('repliedAt must not be before the visit');
      }
      await manager.update(Reception, { id }, { repliedAt });
      const onTime = this.clock.dateOf(repliedAt) <= visit.replyDueDate;
      await this.audit.record(manager, {
        action: 'reception.reply',
        entityType: 'reception',
        entityId: id,
        details: { repliedAt: repliedAt.toISOString(), onTime, note: dto.note ?? null },
      });
      return this.view.toResponse(manager, user, { ...visit, repliedAt });
    });
  }

  private async link(manager: EntityManager, visitId: string, c: Case): Promise<void> {
    await lockVisit(manager, visitId);
    const visit = await manager.findOneByOrFail(Reception, { id: visitId });
    assertCanOpenFrom(visit);
    const changes: Partial<Reception> = {};
    if (visit.outcome !== 'case_opened') {
      changes.outcome = 'case_opened';
      changes.replyDueDate =
        visit.replyDueDate ??
        replyDueDate('case_opened', visit.visitDate, await this.calendar.calendar(manager));
    }
    const seal = c.kind === 'denunciation' && !visit.representativesSealed;
    if (seal) {
      Object.assign(changes, storeRepresentatives(this.crypto, visit.representatives ?? [], true));
    }
    if (Object.keys(changes).length) {
      await manager.update(Reception, { id: visitId }, changes);
    }
    if (seal) {
      await this.receptions.recountAfterSealing(manager, visit);
    }
    await this.audit.record(manager, {
      action: 'reception.case_open',
      entityType: 'reception',
      entityId: visitId,
      details: {
        caseId: c.id,
        code: c.code,
        kind: c.kind,
        outcomeBefore: visit.outcome,
        sealed: seal || visit.representativesSealed,
      },
    });
  }
}

/** A refused reception received no content: no case can come out of it. */
function assertCanOpenFrom(visit: Reception): void {
  if (visit.outcome === 'refused') {
    throw new ConflictError('The reception of this visit was refused: no case can be opened from it');
  }
}
