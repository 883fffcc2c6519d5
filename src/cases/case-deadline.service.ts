import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.js';
import { BusinessClock } from '../common/clock.js';
import { Case } from './case.entity.js';
import { type CaseDeadlines, computeCaseDeadlines, finishedOnTime } from './domain/case-deadlines.js';
import { isTerminal } from './domain/case-status.js';

/** Applies the deadline engine to cases (the calendar's edits move them through `CaseCalendarHandler`). */
@Injectable()
export class CaseDeadlineService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly clock: BusinessClock,
  ) {}

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
      c.onTime = finishedOnTime(deadlines, c.acceptedAt !== null, this.clock.dateOf(c.finishedAt));
    }
    return deadlines;
  }
}
