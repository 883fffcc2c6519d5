import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_STAGES = [
  'due_soon',
  'due_today',
  'overdue',
  'escalation',
  'digest',
  'citizen_notice',
] as const;
export type NotificationStage = (typeof NOTIFICATION_STAGES)[number];
/** `cancelled`: a reminder whose case closed or whose deadline moved before it was sent. */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * The outbox of mails. `dedupeKey` (a reminder's: due date, case, deadline version, stage, recipient) makes the
 * same reminder impossible to create twice; the row id is the mail's Message-ID and, unless the row is part of a
 * batch (`jobKey`), the BullMQ job id.
 */
@Entity('notification')
@Check('ck_notification_status', `"status" IN ('pending', 'sent', 'failed', 'cancelled')`)
/** The pending rows by job and attempts (an expression index: migration IndexPendingMailJobs). */
@Index('ix_notification_pending_job', { synchronize: false })
@Index('ix_notification_citizen_failed', ['attempts'], {
  where: `"stage" = 'citizen_notice' AND "status" = 'failed'`,
})
@Index('ix_notification_case', ['caseId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id: string;

  @Index('uq_notification_dedupe_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'varchar', length: 16 })
  stage: NotificationStage;

  /** The template in `templates/` that renders it. */
  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  /** The address; `(sealed)` for a denunciator, whose address is only in `recipientCipher`. */
  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  recipientCipher: string | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'integer', nullable: true })
  deadlineVersion: number | null;

  /** What the template shows: codes, dates, subjects; never an identity. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The batch job that sends it (the sweep's reminders); NULL: a job of its own under the row id. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  jobKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
