import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError, ValidationError } from '../common/errors/domain-error.js';
import { isWeekend, type IsoDate, yearOf } from './domain/business-date.js';
import { isBusinessDate } from '../common/validation/decorators.js';
import { computeDeadline, type DeadlineExplanation } from './domain/deadline-clock.js';
import { fixedDateHolidays } from './domain/official-days.js';
import { type CalendarEntry, WorkingCalendar } from './domain/working-calendar.js';
import { CalendarDay, CalendarYear } from './calendar-day.entity.js';
import type { DeadlineQuery, PutCalendarDayDto } from './dto/calendar.dto.js';

/** The last year the calendar covers with the fixed-date holidays when nobody has entered it yet. */
const LAST_PROVISIONAL_YEAR = 2100;

/** SQL: the calendar's current revision (a change grows it), for statements that read it with other rows. */
export const CALENDAR_REVISION_SQL = '(SELECT revision FROM calendar_revision WHERE id = 1)';

export interface CalendarYearResponse {
  year: number;
  confirmed: boolean;
  daysOff: { date: string; name: string }[];
  workingDays: { date: string; name: string }[];
}

export interface CalendarDayResponse {
  date: string;
  type: CalendarEntry['type'];
  name: string;
  notice: string | null;
}

export interface DeadlineResponse {
  dueDate: string | null;
  explanation: DeadlineExplanation;
}

/**
 * What another module does when the calendar changes, called in the transaction of the change with the dates it
 * changed, so that what depends on them moves in the same commit. The calendar knows handlers by name only
 * (the cases module registers its deadlines).
 */
export interface CalendarChangeHandler {
  readonly name: string;
  onCalendarChange(manager: EntityManager, dates: IsoDate[]): Promise<void>;
}

@Injectable()
export class CalendarService {
  private cached: { revision: string; calendar: WorkingCalendar } | null = null;
  private readonly handlers = new Map<string, CalendarChangeHandler>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  registerHandler(handler: CalendarChangeHandler): void {
    if (this.handlers.has(handler.name)) {
      throw new Error(`calendar change handler ${handler.name} is registered already`);
    }
    this.handlers.set(handler.name, handler);
  }

  /**
   * The working calendar as the database holds it now. The revision row is read on every call (one indexed
   * single-row read) so that a change made through any instance is seen at once by every instance.
   */
  async calendar(manager: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    const [{ revision }] = await manager.query<{ revision: string }[]>(
      `SELECT ${CALENDAR_REVISION_SQL} AS revision`,
    );
    return this.calendarAt(revision, manager);
  }

  /**
   * The calendar as `manager`'s transaction sees it, built afresh and never cached: for work inside an
   * uncommitted calendar change (a rollback must not leave its days in the cache).
   */
  uncached(manager: EntityManager): Promise<WorkingCalendar> {
    return this.load(manager);
  }

  /** The calendar of a revision the caller has just read (`SELECT revision FROM calendar_revision`). */
  async calendarAt(
    revision: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkingCalendar> {
    if (this.cached?.revision !== revision) {
      this.cached = { revision, calendar: await this.load(manager) };
    }
    return this.cached.calendar;
  }

  async year(year: number): Promise<CalendarYearResponse> {
    const calendar = await this.calendar();
    const entries = calendar.entriesOfYear(year);
    const pick = (type: CalendarEntry['type']): CalendarYearResponse['daysOff'] =>
      entries.filter((e) => e.type === type).map(({ date, name }) => ({ date, name }));
    return {
      year,
      confirmed: !calendar.isProvisional(`${year}-01-01`),
      daysOff: pick('day_off'),
      workingDays: pick('working_day'),
    };
  }

  async putDay(date: string, dto: PutCalendarDayDto): Promise<CalendarDayResponse> {
    checkEdit(date, dto.type);
    await this.change(date, async (manager) => {
      const before = await manager.findOneBy(CalendarDay, { date });
      await manager.upsert(
        CalendarDay,
        { date, type: dto.type, name: dto.name, notice: dto.notice ?? null },
        ['date'],
      );
      await this.audit.record(manager, {
        action: before ? 'calendar_day.update' : 'calendar_day.create',
        entityType: 'calendar_day',
        entityId: date,
        details: {
          type: dto.type,
          name: dto.name,
          before: before ? { type: before.type, name: before.name } : null,
        },
      });
    });
    return { date, type: dto.type, name: dto.name, notice: dto.notice ?? null };
  }

  async deleteDay(date: string): Promise<void> {
    checkDate(date);
    await this.change(date, async (manager) => {
      const before = await manager.findOneBy(CalendarDay, { date });
      if (!before) {
        throw new NotFoundError(`${date} is neither an official day off nor a make-up working day`);
      }
      await manager.delete(CalendarDay, { date });
      await this.audit.record(manager, {
        action: 'calendar_day.delete',
        entityType: 'calendar_day',
        entityId: date,
        details: { type: before.type, name: before.name },
      });
    });
  }

  async confirmYear(year: number, confirmed: boolean): Promise<{ year: number; confirmed: boolean }> {
    await this.change(
      `${year}-01-01`,
      async (manager) => {
        await manager.update(CalendarYear, { year }, { confirmed });
        await this.audit.record(manager, {
          action: 'calendar_day.confirm_year',
          entityType: 'calendar_day',
          entityId: String(year),
          details: { confirmed },
        });
      },
      false,
    );
    return { year, confirmed };
  }

  async deadline(query: DeadlineQuery): Promise<DeadlineResponse> {
    checkDate(query.start);
    const calendar = await this.calendar();
    return computeDeadline({
      calendar,
      rule: { amount: query.amount, unit: query.unit, legalRef: 'GET /calendar/deadline' },
      start: query.start,
    });
  }

  /**
   * Runs one calendar change in a transaction: a year touched for the first time gets its provisional
   * fixed-date holidays written out; the revision grows (which also serialises concurrent edits); the
   * handlers move what depends on the changed day, all in the same commit.
   */
  private async change(
    date: IsoDate,
    apply: (manager: EntityManager) => Promise<void>,
    notify = true,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1');
      await this.materialiseYear(manager, yearOf(date));
      await apply(manager);
      if (notify) {
        for (const handler of this.handlers.values()) {
          await handler.onCalendarChange(manager, [date]);
        }
      }
    });
  }

  private async materialiseYear(manager: EntityManager, year: number): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CalendarYear)
      .values({ year, confirmed: false })
      .orIgnore()
      .execute();
    if (inserted.identifiers.length && year > 2026) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(CalendarDay)
        .values(fixedDateHolidays(year).map(({ date, type, name, notice }) => ({ date, type, name, notice })))
        .orIgnore()
        .execute();
    }
  }

  /**
   * The calendar as it would be after `PUT` (`day_off`, `working_day`) or `DELETE` (`none`) of one day, with
   * the same checks as those edits: for a preview of what the edit would move, before it is made.
   */
  async withEdit(
    date: string,
    type: CalendarEntry['type'] | 'none',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkingCalendar> {
    checkEdit(date, type);
    const { entries, confirmedYears } = await this.entries(manager);
    const edited = entries.filter((e) => e.date !== date);
    if (type !== 'none') {
      edited.push({ date, type, name: 'preview' });
    }
    return new WorkingCalendar(edited, { confirmedYears });
  }

  private async load(manager: EntityManager): Promise<WorkingCalendar> {
    const { entries, confirmedYears } = await this.entries(manager);
    return new WorkingCalendar(entries, { confirmedYears });
  }

  private async entries(
    manager: EntityManager,
  ): Promise<{ entries: CalendarEntry[]; confirmedYears: number[] }> {
    const [days, years] = await Promise.all([manager.find(CalendarDay), manager.find(CalendarYear)]);
    const known = new Set(years.map((y) => y.year));
    const entries: CalendarEntry[] = days.map(({ date, type, name }) => ({ date, type, name }));
    for (let year = 2027; year <= LAST_PROVISIONAL_YEAR; year++) {
      if (!known.has(year)) {
        entries.push(...fixedDateHolidays(year));
      }
    }
    return { entries, confirmedYears: years.filter((y) => y.confirmed).map((y) => y.year) };
  }
}

function checkEdit(date: string, type: CalendarEntry['type'] | 'none'): void {
  checkDate(date);
  if (type === 'working_day' && !isWeekend(date)) {
    throw new ValidationError(`${date} is a weekday: only a Saturday or Sunday can be a make-up working day`);
  }
}

function checkDate(date: string): void {
  if (!isBusinessDate(date)) {
    throw new ValidationError(`date must be a real date YYYY-MM-DD (1900 to 9999), not ${String(date)}`);
  }
}
