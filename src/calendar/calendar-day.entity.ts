import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarEntryType } from './domain/working-calendar.js';

/** An official day off, or an official make-up working day (a weekend day that is worked). */
@Entity('calendar_day')
@Check('ck_calendar_day_type', `"type" IN ('day_off', 'working_day')`)
export class CalendarDay {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_calendar_day' })
  date: string;

  @Column({ type: 'varchar', length: 16 })
  type: CalendarEntryType;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  /** The notice that announced it (e.g. "CV 2450/VPCP-KGVX, 12/4/2024"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  notice: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Whether a year's official calendar is confirmed (DOMAIN.md §12.6); a year with no row is provisional. */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_calendar_year' })
  year: number;

  @Column({ type: 'boolean', default: false })
  confirmed: boolean;
}

/**
 * One row whose `revision` grows with every calendar change: each API and worker instance compares it with
 * the revision of its cached calendar, so that no instance computes with a stale calendar.
 */
@Entity('calendar_revision')
@Check('ck_calendar_revision_single', '"id" = 1')
export class CalendarRevision {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_calendar_revision' })
  id: number;

  @Column({ type: 'bigint' })
  revision: string;
}
