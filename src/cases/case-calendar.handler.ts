import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type CalendarChangeHandler, CalendarService } from '../calendar/calendar.service.js';
import type { IsoDate } from '../calendar/domain/business-date.js';
import { Clock } from '../common/clock.js';
import { requestContext } from '../common/http/request-context.js';
import { CaseDeadlineService } from './case-deadline.service.js';
import { Case } from './case.entity.js';
import { RUNNING_STATUSES, sqlStatusList } from './domain/case-status.js';

/** A case an edit of the calendar would move. */
export interface MovedCase {
  id: string;
  code: string;
  dueDate: IsoDate | null;
  newDueDate: IsoDate | null;
}

/**
 * The calendar's effect on cases, registered with the calendar (which knows nothing of cases): an edit of a day
 * moves the due dates of the open cases whose running clock spans it, in the edit's transaction; `impact` tells
 * beforehand which ones.
 */
@Injectable()
export class CaseCalendarHandler implements CalendarChangeHandler, OnModuleInit {
  readonly name = 'case deadlines';

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly deadlines: CaseDeadlineService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.calendar.registerHandler(this);
  }

  /**
   * What an edit of one day (`none`: its removal) would move, before it is made: the cases `onCalendarChange`
   * would move, with the calendar as the edit would leave it. At most `limit` listed, by due date.
   */
  async impact(
    date: IsoDate,
    type: 'day_off' | 'working_day' | 'none',
    limit: number,
  ): Promise<{ openCases: number; cases: MovedCase[] }> {
    const manager = this.dataSource.manager;
    const calendar = await this.calendar.withEdit(date, type, manager);
    const moved: MovedCase[] = [];
    for (const c of await spanning(manager, date).getMany()) {
      const newDueDate = this.deadlines.compute(c, calendar).dueDate;
      if (newDueDate !== c.dueDate) {
        moved.push({ id: c.id, code: c.code, dueDate: c.dueDate, newDueDate });
      }
    }
    moved.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.code.localeCompare(b.code));
    return { openCases: moved.length, cases: moved.slice(0, limit) };
  }

  /**
   * After a calendar change: the open cases whose running clock spans a changed date are read (and locked) at
   * once, their deadlines computed, and the moved ones written with their `deadline_recomputed` events in one
   * statement per date. The version grows, so an action that read a case before the change gets 409 rather than
   * write the old due date back; the deadline version too, so reminders of the old due date are dropped.
   */
  async onCalendarChange(manager: EntityManager, dates: IsoDate[]): Promise<void> {
    const calendar = await this.calendar.uncached(manager);
    for (const date of dates) {
      const moved: Record<'id' | 'acceptance' | 'resolution' | 'due' | 'previous', string | null>[] = [];
      for (const c of await spanning(manager, date).setLock('pessimistic_write').getMany()) {
        const d = this.deadlines.compute(c, calendar);
        if (d.dueDate !== c.dueDate) {
          moved.push({
            id: c.id,
            acceptance: d.acceptance?.dueDate ?? null,
            resolution: d.resolution?.dueDate ?? null,
            due: d.dueDate,
            previous: c.dueDate,
          });
        }
      }
      if (moved.length) {
        await manager.query(
          `WITH m AS (
             SELECT * FROM unnest($1::uuid[], $2::date[], $3::date[], $4::date[], $5::text[])
                        AS m(id, acceptance_due, resolution_due, due_date, previous)
           ), moved AS (
             UPDATE citizen_case c
                SET acceptance_due = m.acceptance_due, resolution_due = m.resolution_due, due_date = m.due_date,
                    deadline_version = c.deadline_version + 1, version = c.version + 1
               FROM m
              WHERE c.id = m.id
             RETURNING c.id, c.status, c.due_date, m.previous
           )
           INSERT INTO case_event (case_id, type, occurred_at, actor_id, from_status, to_status, due_date, data)
           SELECT id, 'deadline_recomputed', $6, $7, status, status, due_date,
                  jsonb_build_object('calendarDate', $8::text, 'previousDueDate', previous)
             FROM moved`,
          [
            moved.map((m) => m.id),
            moved.map((m) => m.acceptance),
            moved.map((m) => m.resolution),
            moved.map((m) => m.due),
            moved.map((m) => m.previous),
            this.clock.now(),
            requestContext.get()?.user?.id ?? null,
            date,
          ],
        );
      }
    }
  }
}

/** The open cases whose running clock spans `date`: the only ones an edit of that day can move. */
function spanning(manager: EntityManager, date: IsoDate): SelectQueryBuilder<Case> {
  return manager
    .createQueryBuilder(Case, 'c')
    .where(`c.status IN (${sqlStatusList(RUNNING_STATUSES)}) AND c.due_date >= :date`, { date })
    .andWhere(`c.received_at < (CAST(:date AS date) + 1)`, { date });
}
