import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { type IsoDate } from '../calendar/domain/business-date.js';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.js';
import { BusinessClock } from '../common/clock.js';
import { requestContext } from '../common/http/request-context.js';
import { Case } from './case.entity.js';
import { insertCaseEvent } from './case-events.js';
import { type CaseDeadlines, computeCaseDeadlines, finishedOnTime } from './domain/case-deadlines.js';
import { isTerminal } from './domain/case-workflow.js';

/** A case an edit of the calendar would move. */
export interface MovedCase {
  id: string;
  code: string;
  dueDate: IsoDate | null;
  newDueDate: IsoDate | null;
}

/** Applies the deadline engine to cases and keeps their stored due dates in step with the calendar. */
@Injectable()
export class CaseDeadlineService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly clock: BusinessClock,
  ) {}

  onModuleInit(): void {
    this.calendar.addChangeListener((manager, dates) => this.recomputeAround(manager, dates));
  }

  workingCalendar(manager?: EntityManager): Promise<WorkingCalendar> {
    return this.calendar.calendar(manager);
  }

  calendarAt(revision: string, manager?: EntityManager): Promise<WorkingCalendar> {
    return this.calendar.calendarAt(revision, manager);
  }

  compute(c: Case, calendar: WorkingCalendar): CaseDeadlines {
    return computeCaseDeadlines(
      {
        kind: c.kind,
        procedure: c.procedure,
        status: c.status,
        complexity: c.complexity,
        remoteArea: c.remoteArea,
        receivedAt: c.receivedAt,
        acceptedAt: c.acceptedAt,
        extensions: c.extensions,
        pauses: c.pauses,
      },
      calendar,
      this.clock.timeZone,
    );
  }

  /**
   * Sets the stored deadlines of `c` (in memory) from its facts; a changed due date bumps `deadlineVersion`
   * (reminders of the old one are dropped). A finished case gets `onTime`.
   */
  apply(c: Case, calendar: WorkingCalendar): CaseDeadlines {
    const deadlines = this.compute(c, calendar);
    const dueDate = deadlines.dueDate;
    if (dueDate !== c.dueDate) {
      c.deadlineVersion += 1;
    }
    c.acceptanceDue = deadlines.acceptance?.dueDate ?? null;
    c.resolutionDue = deadlines.resolution?.dueDate ?? null;
    c.dueDate = dueDate;
    if (isTerminal(c.status) && c.finishedAt) {
      c.onTime = finishedOnTime(deadlines, c.acceptedAt !== null, this.businessDate(c.finishedAt));
    }
    return deadlines;
  }

  /** `BusinessClock.dateOf`, for the callers that hold this service only. */
  businessDate(instant: Date): IsoDate {
    return this.clock.dateOf(instant);
  }

  /**
   * What an edit of one day (`none`: its removal) would move, before it is made: the cases `recomputeAround`
   * would recompute, with the calendar as the edit would leave it. At most `limit` listed, by due date.
   */
  async impact(
    date: IsoDate,
    type: 'day_off' | 'working_day' | 'none',
    limit: number,
  ): Promise<{ openCases: number; cases: MovedCase[] }> {
    const manager = this.dataSource.manager;
    const calendar = await this.calendar.withEdit(date, type, manager);
    const moved: MovedCase[] = [];
    for (const c of await this.spanning(manager, date).getMany()) {
      const newDueDate = this.compute(c, calendar).dueDate;
      if (newDueDate !== c.dueDate) {
        moved.push({ id: c.id, code: c.code, dueDate: c.dueDate, newDueDate });
      }
    }
    moved.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.code.localeCompare(b.code));
    return { openCases: moved.length, cases: moved.slice(0, limit) };
  }

  /** The open cases whose running clock spans `date`: the only ones an edit of that day can move. */
  private spanning(manager: EntityManager, date: IsoDate): SelectQueryBuilder<Case> {
    return manager
      .createQueryBuilder(Case, 'c')
      .where(`c.status IN ('received', 'in_progress') AND c.due_date >= :date`, { date })
      .andWhere(`c.received_at < (CAST(:date AS date) + 1)`, { date });
  }

  /**
   * After a calendar change: every open case whose running clock spans a changed date is recomputed in the
   * same transaction (a change can move a due date only if the day lies between the start and the due date).
   */
  private async recomputeAround(manager: EntityManager, dates: IsoDate[]): Promise<void> {
    const calendar = await this.calendar.uncached(manager);
    for (const date of dates) {
      const cases = await this.spanning(manager, date).setLock('pessimistic_write').getMany();
      for (const c of cases) {
        const before = c.dueDate;
        this.apply(c, calendar);
        if (c.dueDate !== before) {
          await insertCaseEvent(manager, {
            caseId: c.id,
            type: 'deadline_recomputed',
            occurredAt: this.clock.now(),
            actorId: requestContext.get()?.user?.id ?? null,
            fromStatus: c.status,
            toStatus: c.status,
            dueDate: c.dueDate,
            data: { calendarDate: date, previousDueDate: before },
          });
          await manager.update(
            Case,
            { id: c.id },
            {
              acceptanceDue: c.acceptanceDue,
              resolutionDue: c.resolutionDue,
              dueDate: c.dueDate,
              deadlineVersion: c.deadlineVersion,
              // An action that read the case before this change must get 409, not write the old due date back.
              version: () => 'version + 1',
            },
          );
        }
      }
    }
  }
}
