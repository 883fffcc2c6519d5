import { Inject, Injectable } from '@nestjs/common';
import { BusinessClock } from '../common/clock.js';
import { DataSource, type EntityManager } from 'typeorm';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { type AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { canSee, sealedReaderSql } from './case-access.js';
import { type CaseCapabilities, capabilitiesOf } from './case-allowed-actions.js';
import { pageOfParts, scopeParts } from './case-list-parts.js';
import { CaseDeadlineService } from './case-deadline.service.js';
import {
  type CaseIdentityResponse,
  type CaseResponse,
  CaseViewService,
  type LoadedCase,
} from './case-view.service.js';
import { Case, CaseEvent } from './case.entity.js';
import type { DeadlineExplanation } from '../calendar/domain/deadline-clock.js';
import { foldVietnamese } from './domain/search-text.js';
import type { CaseQuery } from './dto/case-query.dto.js';

export interface CaseEventResponse {
  id: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actorId: string | null;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string;
  dueDate: string | null;
  data: Record<string, unknown>;
}

export interface CaseDeadlineResponse {
  clock: 'acceptance' | 'resolution' | null;
  dueDate: string | null;
  acceptance: DeadlineExplanation | null;
  resolution: DeadlineExplanation | null;
  pauses: Case['pauses'];
  extensions: Case['extensions'];
}

@Injectable()
export class CaseQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly view: CaseViewService,
    private readonly deadlines: CaseDeadlineService,
    private readonly clock: BusinessClock,
    private readonly crypto: PiiCryptoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A case with its unit's path; 404 if there is none. */
  async load(manager: EntityManager, id: string): Promise<LoadedCase> {
    const { entities, raw } = await manager
      .createQueryBuilder(Case, 'c')
      .innerJoin(Unit, 'u', 'u.id = c.unit_id')
      .addSelect('u.path', 'unit_path')
      .where('c.id = :id', { id })
      .getRawAndEntities<{ unit_path: string }>();
    if (!entities[0]) {
      throw new NotFoundError('No such case');
    }
    return Object.assign(entities[0], { unitPath: raw[0].unit_path });
  }

  /** The single read carries what this user may do on the case now (`capabilitiesOf`). */
  async get(user: AuthUser, id: string): Promise<CaseResponse & CaseCapabilities> {
    const manager = this.dataSource.manager;
    const c = await this.visible(manager, user, id);
    const clockStart = this.clock.dateOf(c.acceptedAt ?? c.receivedAt);
    return { ...(await this.view.toResponse(manager, user, c)), ...capabilitiesOf(user, c, clockStart) };
  }

  /** `GET /cases/:id/identity`: 404 out of scope, 403 for a sealed identity this user may not read. */
  async identity(user: AuthUser, id: string, reason: string | null): Promise<CaseIdentityResponse> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.visible(manager, user, id);
      return this.view.reveal(manager, user, c, reason);
    });
  }

  async list(user: AuthUser, query: CaseQuery): Promise<Page<CaseResponse>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Case, 'c')
      .innerJoin(Unit, 'u', 'u.id = c.unit_id')
      .where('TRUE');
    if (query.kind) {
      qb.andWhere('c.kind = :kind', { kind: query.kind });
    }
    if (query.procedure) {
      qb.andWhere('c.procedure = :procedure', { procedure: query.procedure });
    }
    if (query.status) {
      qb.andWhere('c.status = :status', { status: query.status });
    }
    if (query.unitId) {
      qb.andWhere('c.unit_id = :unitId', { unitId: query.unitId });
    }
    if (query.assigneeId) {
      qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    }
    if (query.unassigned === 'true') {
      qb.andWhere('c.assignee_id IS NULL');
    }
    const today = this.view.today();
    if (query.overdue === 'true') {
      qb.andWhere('c.due_date < :today', { today });
    } else if (query.overdue === 'false') {
      qb.andWhere('(c.due_date IS NULL OR c.due_date >= :today)', { today });
    }
    if (query.dueBefore) {
      qb.andWhere('c.due_date < :dueBefore', { dueBefore: query.dueBefore });
    }
    if (query.dueAfter) {
      qb.andWhere('c.due_date >= :dueAfter', { dueAfter: query.dueAfter });
    }
    // Received business dates (the business time zone) as instants, so the index on received_at still serves.
    const tz = this.config.businessTimeZone;
    if (query.receivedFrom) {
      qb.andWhere('c.received_at >= (:receivedFrom::date)::timestamp AT TIME ZONE :tz', {
        receivedFrom: query.receivedFrom,
        tz,
      });
    }
    if (query.receivedTo) {
      qb.andWhere('c.received_at < (:receivedTo::date + 1)::timestamp AT TIME ZONE :tz', {
        receivedTo: query.receivedTo,
        tz,
      });
    }
    if (query.q) {
      this.search(qb, user, query.q);
    }
    const sort = query.sort ?? '-receivedAt';
    const { entities, total } = await pageOfParts(
      scopeParts(user, qb),
      { field: sort.endsWith('dueDate') ? 'dueDate' : 'receivedAt', descending: sort.startsWith('-') },
      (query.page - 1) * query.limit,
      query.limit,
      Boolean(query.q),
    );
    const items = await this.view.toResponses(this.dataSource.manager, user, entities);
    return { items, total, page: query.page, limit: query.limit };
  }

  async events(user: AuthUser, id: string): Promise<CaseEventResponse[]> {
    await this.visible(this.dataSource.manager, user, id);
    const { entities: events, raw } = await this.dataSource.manager
      .createQueryBuilder(CaseEvent, 'e')
      .leftJoin(User, 'a', 'a.id = e.actor_id')
      .addSelect('a.full_name', 'actor_name')
      .where('e.case_id = :id', { id })
      .orderBy('e.occurred_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawAndEntities<{ actor_name: string | null }>();
    return events.map((e, i) => ({
      id: e.id,
      type: e.type,
      occurredAt: e.occurredAt.toISOString(),
      recordedAt: e.recordedAt.toISOString(),
      actorId: e.actorId,
      actorName: raw[i].actor_name,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      dueDate: e.dueDate,
      data: e.data,
    }));
  }

  async deadline(user: AuthUser, id: string): Promise<CaseDeadlineResponse> {
    const c = await this.visible(this.dataSource.manager, user, id);
    const deadlines = this.deadlines.compute(c, await this.deadlines.workingCalendar());
    return {
      clock: deadlines.running,
      dueDate: deadlines.dueDate,
      acceptance: deadlines.acceptance?.explanation ?? null,
      resolution: deadlines.resolution?.explanation ?? null,
      pauses: c.pauses,
      extensions: c.extensions,
    };
  }

  private async visible(manager: EntityManager, user: AuthUser, id: string): Promise<LoadedCase> {
    const c = await this.load(manager, id);
    if (!canSee(user, c)) {
      throw new NotFoundError('No such case');
    }
    return c;
  }

  /**
   * Diacritics-free search of subject, content and unsealed names (trigram index); sealed names only through
   * the blind index, and only for the cases whose identity this user may read.
   */
  private search(qb: ReturnType<EntityManager['createQueryBuilder']>, user: AuthUser, q: string): void {
    const folded = foldVietnamese(q);
    const tokens = this.crypto.nameIndex(q);
    const reader = sealedReaderSql(user);
    qb.andWhere(
      `(c.search_text LIKE :folded OR (c.applicant_name_index @> :tokens::text[] AND ${reader.sql}))`,
      {
        folded: `%${folded.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
        tokens: tokens.length ? tokens : ['\u0000'],
        ...reader.params,
      },
    );
  }
}
