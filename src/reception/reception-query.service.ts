import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { PiiCryptoService } from '../citizens/pii-crypto.service.js';
import type { VisitDirectory } from '../cases/case-queries.js';
import { CaseViewService } from '../cases/case-view.service.js';
import { foldVietnamese } from '../cases/domain/search-text.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { AuthUser } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { Unit } from '../units/unit.entity.js';
import type { ReceptionQuery } from './dto/reception-query.dto.js';
import { type LoadedReception, receptionScope, sealedReaderSql } from './reception-access.js';
import {
  type ReceptionIdentityResponse,
  type ReceptionResponse,
  ReceptionViewService,
} from './reception-view.service.js';
import { Reception } from './reception.entity.js';

/** Locks a visit's row for the caller's transaction (serialises work on one visit). */
export async function lockVisit(manager: EntityManager, id: string): Promise<void> {
  await manager.query('SELECT 1 FROM reception WHERE id = $1 FOR UPDATE', [id]);
}

/** Reads visits; also what cases asks of the visits its cases came from (`VisitDirectory`). */
@Injectable()
export class ReceptionQueryService implements VisitDirectory, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly view: ReceptionViewService,
    private readonly crypto: PiiCryptoService,
    private readonly caseView: CaseViewService,
  ) {}

  onModuleInit(): void {
    this.caseView.useVisits(this);
  }

  async sealedVisits(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; unitId: string; unitPath: string; createdBy: string }[]> {
    return manager.query(
      `SELECT r.id, r.unit_id AS "unitId", u.path AS "unitPath", r.created_by AS "createdBy"
         FROM reception r JOIN unit u ON u.id = r.unit_id
        WHERE r.id = ANY($1::uuid[]) AND r.representatives_sealed`,
      [ids],
    );
  }

  async unitPathOf(manager: EntityManager, id: string): Promise<string | null> {
    const [visit] = await manager.query<{ path: string }[]>(
      'SELECT u.path FROM reception r JOIN unit u ON u.id = r.unit_id WHERE r.id = $1',
      [id],
    );
    return visit?.path ?? null;
  }

  /** A visit the user may see, with its unit's path; 404 otherwise (ids cannot be probed). */
  async visible(manager: EntityManager, user: AuthUser, id: string): Promise<LoadedReception> {
    const { entities, raw } = await this.scoped(manager, user)
      .andWhere('r.id = :id', { id })
      .getRawAndEntities<{ unit_path: string }>();
    if (!entities[0]) {
      throw new NotFoundError('No such visit');
    }
    return Object.assign(entities[0], { unitPath: raw[0].unit_path });
  }

  async get(user: AuthUser, id: string): Promise<ReceptionResponse> {
    const manager = this.dataSource.manager;
    return this.view.toResponse(manager, user, await this.visible(manager, user, id));
  }

  /** `GET /receptions/:id/identity`: 404 out of scope, 403 for sealed representatives this user may not read. */
  async identity(user: AuthUser, id: string, reason: string | null): Promise<ReceptionIdentityResponse> {
    return this.dataSource.transaction(async (manager) => {
      const visit = await this.visible(manager, user, id);
      return this.view.reveal(manager, user, visit, reason);
    });
  }

  async list(user: AuthUser, query: ReceptionQuery): Promise<Page<ReceptionResponse>> {
    const qb = this.scoped(this.dataSource.manager, user);
    this.filter(qb, user, query);
    qb.orderBy('r.visited_at', 'DESC').addOrderBy('r.id');
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getRawAndEntities<{ unit_path: string; r_id: string }>();
    const paths = new Map(raw.map((row) => [row.r_id, row.unit_path]));
    const visits = entities.map((v) => Object.assign(v, { unitPath: paths.get(v.id) ?? '' }));
    const items = await this.view.toResponses(this.dataSource.manager, user, visits);
    return { items, total, page: query.page, limit: query.limit };
  }

  private scoped(manager: EntityManager, user: AuthUser): SelectQueryBuilder<Reception> {
    const scope = receptionScope(user);
    return manager
      .createQueryBuilder(Reception, 'r')
      .innerJoin(Unit, 'u', 'u.id = r.unit_id')
      .addSelect('u.path', 'unit_path')
      .where(scope.sql, scope.params);
  }

  private filter(qb: SelectQueryBuilder<Reception>, user: AuthUser, query: ReceptionQuery): void {
    if (query.from) {
      qb.andWhere('r.visit_date >= :from', { from: query.from });
    }
    if (query.to) {
      qb.andWhere('r.visit_date <= :to', { to: query.to });
    }
    if (query.hostedBy) {
      qb.andWhere('r.hosted_by = :hostedBy', { hostedBy: query.hostedBy });
    }
    if (query.category) {
      qb.andWhere('r.category = :category', { category: query.category });
    }
    if (query.outcome) {
      qb.andWhere('r.outcome = :outcome', { outcome: query.outcome });
    }
    if (query.unitId) {
      qb.andWhere('u.path LIKE (SELECT fu.path FROM unit fu WHERE fu.id = :unitId) || :any', {
        unitId: query.unitId,
        any: '%',
      });
    }
    if (query.awaitingReply === 'true') {
      qb.andWhere('r.reply_due_date IS NOT NULL AND r.replied_at IS NULL');
    } else if (query.awaitingReply === 'false') {
      qb.andWhere('(r.reply_due_date IS NULL OR r.replied_at IS NOT NULL)');
    }
    if (query.q) {
      this.search(qb, user, query.q);
    }
  }

  /**
   * Visitor name or ID number, diacritics ignored: the folded text of unsealed representatives (trigram
   * index); sealed names and ID numbers only through the blind indexes, and only for the visits whose
   * representatives this user may read.
   */
  private search(qb: SelectQueryBuilder<Reception>, user: AuthUser, q: string): void {
    const folded = foldVietnamese(q);
    const tokens = this.crypto.nameIndex(q);
    const reader = sealedReaderSql(user);
    qb.andWhere(
      `(r.search_text LIKE :folded OR ((r.representatives_name_index @> :tokens::text[]
        OR r.representative_id_hashes @> ARRAY[:idHash]::text[]) AND r.representatives_sealed AND ${reader.sql}))`,
      {
        folded: `%${folded.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
        tokens: tokens.length ? tokens : ['\u0000'],
        idHash: this.crypto.idNumberHash(q.trim()),
        ...reader.params,
      },
    );
  }
}
