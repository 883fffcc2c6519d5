import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Unit } from '../units/unit.entity.js';
import type { CasePause } from './domain/case-deadlines.js';
import {
  CASE_KINDS,
  type CaseKind,
  type CaseOutcome,
  type CaseProcedure,
  type Complexity,
} from './domain/case-kind.js';
import type { CaseStatus } from './domain/case-status.js';

export const CHANNELS = ['in_person', 'mail', 'online', 'hotline', 'forwarded'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ApplicantData {
  fullName: string;
  idNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

/**
 * A matter a citizen brought. A denunciator's identity is never stored in clear: `applicantCipher` holds it
 * encrypted (AES-256-GCM), `applicantNameIndex` the keyed hashes of the folded name words (blind index),
 * and `applicant` and the search text leave it out.
 */
@Entity('citizen_case')
@Check('ck_citizen_case_kind', `"kind" IN (${CASE_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Index('ix_citizen_case_unit_status', ['unitId', 'status'])
@Index('ix_citizen_case_due', ['dueDate'], { where: `"due_date" IS NOT NULL` })
// The running cases by due date (migration IndexRunningDueCases): the reminder sweep's pages.
@Index('ix_citizen_case_running_due', { synchronize: false })
// GIN indexes written by hand in the migration (TypeORM cannot describe them): skipped by the schema check.
@Index('ix_citizen_case_name_index', { synchronize: false })
@Index('ix_citizen_case_unit_search', { synchronize: false })
// Expression indexes of the report's drill-down (migration CreateCaseStatistics).
@Index('ix_citizen_case_report_span', { synchronize: false })
@Index('ix_citizen_case_report_start', { synchronize: false })
// The closed cases by kind, unit and resolution (migration IndexReportEnd): the drill-down's ended buckets.
@Index('ix_citizen_case_report_end', { synchronize: false })
// The worklist's ordered walks (migration AddWorklistIndexes).
@Index('ix_citizen_case_unit_due', { synchronize: false })
@Index('ix_citizen_case_unit_received', { synchronize: false })
@Index('ix_citizen_case_assignee_unit', { synchronize: false })
export class Case {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_citizen_case' })
  id: string;

  @Index('uq_citizen_case_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CaseKind;

  @Column({ type: 'varchar', length: 32, nullable: true })
  procedure: CaseProcedure | null;

  @Column({ type: 'varchar', length: 16 })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 16 })
  channel: Channel;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  /** The applicant in clear, for every case whose identity is not sealed. */
  @Column({ type: 'jsonb', nullable: true })
  applicant: ApplicantData | null;

  @Column({ type: 'boolean', default: false })
  applicantSealed: boolean;

  @Column({ type: 'text', nullable: true })
  applicantCipher: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  applicantNameIndex: string[] | null;

  /** Keyed hash of the applicant's ID number, for the possible-duplicates hint. */
  @Index('ix_citizen_case_id_number_hash', { where: `"applicant_id_hash" IS NOT NULL` })
  @Column({ type: 'varchar', length: 64, nullable: true })
  applicantIdHash: string | null;

  /** Folded subject, content and (unsealed) applicant name, trigram-indexed (migration). */
  @Column({ type: 'text' })
  searchText: string;

  @Index('ix_citizen_case_unit_id')
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_citizen_case_unit' })
  unit?: Unit;

  @Index('ix_citizen_case_assignee_id')
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Index('ix_citizen_case_created_by')
  @Column({ type: 'uuid' })
  createdBy: string;

  @Index('ix_citizen_case_reception_id', { where: `"reception_id" IS NOT NULL` })
  @Column({ type: 'uuid', nullable: true })
  receptionId: string | null;

  @Column({ type: 'varchar', length: 24, default: 'normal' })
  complexity: Complexity;

  @Column({ type: 'boolean', default: false })
  remoteArea: boolean;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** When it finished: resolved, withdrawn, terminated, rejected or transferred. */
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When it was resolved, withdrawn or terminated (the report's "đã giải quyết"). */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: CaseOutcome | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decisionNumber: string | null;

  @Column({ type: 'integer', default: 0 })
  extensionCount: number;

  /** Extensions granted (days in the clock's unit) and suspensions, the inputs of the resolution clock. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  extensions: { days: number }[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  pauses: CasePause[];

  @Column({ type: 'date', nullable: true })
  acceptanceDue: string | null;

  @Column({ type: 'date', nullable: true })
  resolutionDue: string | null;

  /** The due date of the running clock; null while suspended and once finished. */
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** Grows whenever `dueDate` changes, so that reminders for an old deadline are never sent. */
  @Column({ type: 'integer', default: 1 })
  deadlineVersion: number;

  @Column({ type: 'boolean', nullable: true })
  onTime: boolean | null;

  @Column({ type: 'varchar', length: 64 })
  trackingPinHash: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The timeline: one row per intake and action, with when it happened and when it was recorded. */
@Entity('case_event')
@Index('ix_case_event_case', ['caseId', 'occurredAt'])
// Written by hand (descending, with INCLUDE): the reports' "due date in force at the period end" lookup.
@Index('ix_case_event_due_at', { synchronize: false })
export class CaseEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_case_event' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_event_case' })
  case?: Case;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: CaseStatus;

  /**
   * The due date of the running clock right after this event, as computed then (null: no clock runs). Reports
   * read the due date in force at a period's end from here, so later extensions or calendar edits do not change
   * a closed period's figures.
   */
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** The action's body (reasons, outcome...). Never an applicant's identity. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;
}

/** `Idempotency-Key` of an intake: the same key and body from the same user give the same case. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_idempotency_key' })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'uuid' })
  caseId: string;

  /** The tracking pin, encrypted, so that a repeated request can show it again. */
  @Column({ type: 'text' })
  pinCipher: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
