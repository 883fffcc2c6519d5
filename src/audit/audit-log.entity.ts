import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ENTITY_TYPES = [
  'user',
  'unit',
  'case',
  'reception',
  'calendar_day',
  'notification',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Append-only: a trigger refuses UPDATE and DELETE (migration CreateFoundation). */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_log_actor', ['actorId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_log' })
  id: string;

  @Index('ix_audit_log_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Index('ix_audit_log_action')
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: AuditEntityType;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
