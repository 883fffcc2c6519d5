import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { requestContext } from '../common/http/request-context.js';
import type { Page } from '../common/validation/pagination.dto.js';
import { AuditLog, type AuditEntityType } from './audit-log.entity.js';
import type { AuditQuery } from './dto/audit-query.dto.js';

export interface AuditEntry {
  action: string;
  entityType: AuditEntityType;
  entityId: string | null;
  details?: Record<string, unknown>;
  /** Defaults to the user of the current request. */
  actorId?: string | null;
  at?: Date;
}

export interface AuditResponse {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly auditLogs: Repository<AuditLog>) {}

  /** Writes one audit row with the given manager, so that it commits (or not) with the change it records. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditLog, this.toRow(entry));
  }

  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length) {
      await manager.insert(
        AuditLog,
        entries.map((e) => this.toRow(e)),
      );
    }
  }

  /** One `<entity>.identity.read` row per sealed identity revealed to the current user (DOMAIN.md 3.4). */
  async recordIdentityReads(
    manager: EntityManager,
    entityType: 'case' | 'reception',
    ids: string[],
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.recordMany(
      manager,
      ids.map((id) => ({
        action: `${entityType}.identity.read`,
        entityType,
        entityId: id,
        details,
      })),
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditResponse>> {
    const qb = this.auditLogs.createQueryBuilder('a');
    if (query.entityType) {
      qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    }
    if (query.entityId) {
      qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    }
    if (query.actorId) {
      qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    }
    if (query.action) {
      qb.andWhere('a.action = :action', { action: query.action });
    }
    if (query.from) {
      qb.andWhere('a.at >= :from', { from: query.from });
    }
    if (query.to) {
      qb.andWhere('a.at <= :to', { to: query.to });
    }
    const [rows, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return { items: rows.map(toAuditResponse), total, page: query.page, limit: query.limit };
  }

  /**
   * SQL appending one audit row per row of `source` (its `id` the entity id), for statements written by hand:
   * the other values are SQL expressions (parameters) of the fields of `row()`.
   */
  static insertSql(
    values: Record<'actorId' | 'action' | 'requestId' | 'ip' | 'details', string>,
    entityType: string,
    source: string,
  ): string {
    return `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, request_id, ip, details)
       SELECT ${values.actorId}, ${values.action}, '${entityType}', id::text, ${values.requestId}, ${values.ip},
              ${values.details} FROM ${source}`;
  }

  /** The column values of an audit row for the current request (for statements written by hand). */
  row(entry: AuditEntry): Omit<AuditLog, 'id' | 'at'> {
    const context = requestContext.get();
    return {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: entry.details ?? {},
      actorId: entry.actorId !== undefined ? entry.actorId : (context?.user?.id ?? null),
      requestId: context?.requestId ?? null,
      ip: context?.ip ?? null,
    };
  }

  private toRow(entry: AuditEntry): QueryDeepPartialEntity<AuditLog> {
    return { ...this.row(entry), ...(entry.at ? { at: entry.at } : {}) } as QueryDeepPartialEntity<AuditLog>;
  }
}

function toAuditResponse(row: AuditLog): AuditResponse {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    requestId: row.requestId,
    ip: row.ip,
    details: row.details,
  };
}
