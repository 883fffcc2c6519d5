import { ValidationError } from '../../common/errors/domain-error.js';
import {
  dayNumberOf,
  dayOfWeekOfDayNumber,
  fromDayNumber,
  isWeekendDayNumber,
  toDayNumber,
  yearOf,
  type IsoDate,
} from './business-date.js';

export type CalendarEntryType = 'day_off' | 'working_day';

/**
 * One official calendar row: a public holiday or official day off (`day_off`), or an official make-up
 * working day (`working_day`, a Saturday worked in exchange for a weekday off).
 */
export interface CalendarEntry {
  date: IsoDate;
  type: CalendarEntryType;
  name: string;
}

export interface WorkingCalendarOptions {
  /** Years whose official calendar is confirmed; any other year is provisional (DOMAIN.md §12.6). */
  confirmedYears?: Iterable<number>;
  /** First and last year of the precomputed tables (widened to cover every entry). Default 2000..2100. */
  fromYear?: number;
  toYear?: number;
}

/** Day number of a Monday (1970-01-05): the origin of the weekday-only counting used outside the tables. */
const MONDAY = 4;

/** Weekdays (Mon-Fri) in [MONDAY, x), signed: negative for x before the origin. */
function weekdaysBefore(x: number): number {
  const t = x - MONDAY;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}

/** The weekday x with weekdaysBefore(x) = k (the (k+1)-th weekday counted from the origin). */
function weekdayAt(k: number): number {
  const weeks = Math.floor(k / 5);
  return MONDAY + weeks * 7 + (k - weeks * 5);
}

/**
 * The working-day calendar of public servants (DOMAIN.md §1.5-1.7, §9): Monday to Friday, minus official days
 * off, plus official make-up Saturdays.
 *
 * Internally every day is a day number. Between `fromYear` and `toYear` two tables are precomputed: a flag per
 * day, and `prefix[i]` = working days in [lo, lo + i), with its inverse `nth[k]` = the index of the (k+1)-th
 * working day. Every question ("add n working days", "working days between a and b") is then O(1). Outside
 * the tables only weekends are non-working (no official data exists there), handled in closed form, so every
 * date gives a correct answer.
 *
 * Immutable: build a new calendar when the official days change. When the same date appears twice in the
 * entries, the later entry wins (so administrator overrides can be appended to the seed data).
 */
export class WorkingCalendar {
  private readonly lo: number;
  private readonly hi: number;
  private readonly working: Uint8Array;
  private readonly prefix: Int32Array;
  private readonly nth: Int32Array;
  private readonly entriesByDay = new Map<number, CalendarEntry>();
  private readonly confirmed: ReadonlySet<number>;
  /** Working days in the tables, [lo, hi]. */
  private readonly total: number;

  constructor(entries: readonly CalendarEntry[], options: WorkingCalendarOptions = {}) {
    let fromYear = options.fromYear ?? 2000;
    let toYear = options.toYear ?? 2100;
    for (const entry of entries) {
      const day = toDayNumber(entry.date);
      if (entry.type !== 'day_off' && entry.type !== 'working_day') {
        throw new ValidationError(`Unknown calendar entry type on ${entry.date}: ${String(entry.type)}`);
      }
      this.entriesByDay.set(day, { date: entry.date, type: entry.type, name: entry.name });
      const year = yearOf(entry.date);
      fromYear = Math.min(fromYear, year);
      toYear = Math.max(toYear, year);
    }
    if (fromYear > toYear) {
      throw new ValidationError(`Empty calendar range ${fromYear}..${toYear}`);
    }
    this.confirmed = new Set(options.confirmedYears ?? []);
    this.lo = dayNumberOf(fromYear, 1, 1);
    this.hi = dayNumberOf(toYear, 12, 31);

    const size = this.hi - this.lo + 1;
    this.working = new Uint8Array(size);
    this.prefix = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      const entry = this.entriesByDay.get(this.lo + i);
      const isWorking = entry ? entry.type === 'working_day' : !isWeekendDayNumber(this.lo + i);
      this.working[i] = isWorking ? 1 : 0;
      this.prefix[i + 1] = this.prefix[i] + this.working[i];
    }
    this.total = this.prefix[size];
    this.nth = new Int32Array(this.total);
    for (let i = 0, k = 0; i < size; i++) {
      if (this.working[i] === 1) {
        this.nth[k++] = i;
      }
    }
  }

  /** The first and last day of the precomputed tables. */
  get range(): { from: IsoDate; to: IsoDate } {
    return { from: fromDayNumber(this.lo), to: fromDayNumber(this.hi) };
  }

  get confirmedYears(): number[] {
    return [...this.confirmed].sort((a, b) => a - b);
  }

  // ---- day-number API (no string parsing; for hot loops) ----

  isWorkingDayNumber(day: number): boolean {
    if (day >= this.lo && day <= this.hi) {
      return this.working[day - this.lo] === 1;
    }
    return !isWeekendDayNumber(day);
  }

  /** Working days in [lo, day), signed (negative before the tables). Defined for every integer day. */
  private cumulative(day: number): number {
    if (day <= this.lo) {
      return weekdaysBefore(day) - weekdaysBefore(this.lo);
    }
    if (day > this.hi) {
      return this.total + weekdaysBefore(day) - weekdaysBefore(this.hi + 1);
    }
    return this.prefix[day - this.lo];
  }

  /** The smallest day x with cumulative(x + 1) >= k: the k-th working day counted from lo (k may be <= 0). */
  private workingDayAt(k: number): number {
    if (k >= 1 && k <= this.total) {
      return this.lo + this.nth[k - 1];
    }
    if (k > this.total) {
      return weekdayAt(k - this.total - 1 + weekdaysBefore(this.hi + 1));
    }
    return weekdayAt(k - 1 + weekdaysBefore(this.lo));
  }

  /** The n-th working day strictly after `day` (n >= 0; n = 0 returns `day`). */
  addWorkingDayNumbers(day: number, n: number): number {
    assertCount(n);
    return n === 0 ? day : this.workingDayAt(this.cumulative(day + 1) + n);
  }

  /** `day` if it is a working day, otherwise the next working day. */
  rollForwardDayNumber(day: number): number {
    return this.workingDayAt(this.cumulative(day) + 1);
  }

  /** Working days in (a, b]; negative (minus the count in (b, a]) when b < a. */
  workingDaysBetweenDayNumbers(a: number, b: number): number {
    return this.cumulative(b + 1) - this.cumulative(a + 1);
  }

  // ---- IsoDate API ----

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return fromDayNumber(this.addWorkingDayNumbers(toDayNumber(date), 1));
  }

  /** `date` if it is a working day, otherwise the next working day (BLDS Art. 148(5)). */
  rollForward(date: IsoDate): IsoDate {
    return fromDayNumber(this.rollForwardDayNumber(toDayNumber(date)));
  }

  /**
   * A limit of n calendar days ("ngày"): the start day is not counted (BLDS Art. 147), so the last day is
   * `start + n`; if that day is not a working day the limit ends on the next working day (BLDS Art. 148(5)).
   */
  addCalendarDays(start: IsoDate, n: number): IsoDate {
    assertCount(n);
    return fromDayNumber(this.rollForwardDayNumber(toDayNumber(start) + n));
  }

  /**
   * A limit of n working days ("ngày làm việc"): the n-th working day strictly after `start` (the start day
   * is never counted, whether or not it is a working day). The result is a working day; no roll needed.
   * n = 0 returns `start` unchanged.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    return fromDayNumber(this.addWorkingDayNumbers(toDayNumber(start), n));
  }

  /** Working days in (a, b]: a excluded, b included. Negative (minus the count in (b, a]) when b < a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    return this.workingDaysBetweenDayNumbers(toDayNumber(a), toDayNumber(b));
  }

  /** Non-working days (weekends not worked, official days off) from `from` to `to`, both included. */
  nonWorkingDaysIn(from: IsoDate, to: IsoDate): IsoDate[] {
    const result: IsoDate[] = [];
    const end = toDayNumber(to);
    for (let day = toDayNumber(from); day <= end; day++) {
      if (!this.isWorkingDayNumber(day)) {
        result.push(fromDayNumber(day));
      }
    }
    return result;
  }

  /** Why a day is or is not worked: the official entry, a weekend, or an ordinary working day. */
  describe(date: IsoDate): {
    date: IsoDate;
    working: boolean;
    reason: 'day_off' | 'working_day' | 'weekend' | 'weekday';
    name?: string;
  } {
    const day = toDayNumber(date);
    const entry = this.entriesByDay.get(day);
    if (entry) {
      return { date, working: entry.type === 'working_day', reason: entry.type, name: entry.name };
    }
    const dow = dayOfWeekOfDayNumber(day);
    return dow === 0 || dow === 6
      ? { date, working: false, reason: 'weekend' }
      : { date, working: true, reason: 'weekday' };
  }

  /** The official entry on `date`, if any. */
  entryOn(date: IsoDate): CalendarEntry | undefined {
    return this.entriesByDay.get(toDayNumber(date));
  }

  /** The official entries of a year, by date. */
  entriesOfYear(year: number): CalendarEntry[] {
    const result: CalendarEntry[] = [];
    for (const entry of this.entriesByDay.values()) {
      if (yearOf(entry.date) === year) {
        result.push(entry);
      }
    }
    return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  isYearConfirmed(year: number): boolean {
    return this.confirmed.has(year);
  }

  /** True when the official calendar of the year of `date` is not confirmed yet (DOMAIN.md §12.6). */
  isProvisional(date: IsoDate): boolean {
    return !this.confirmed.has(yearOf(date));
  }

  /** True when any year from `from` to `to` (inclusive, either order) is provisional. */
  isRangeProvisional(from: IsoDate, to: IsoDate): boolean {
    const a = yearOf(from);
    const b = yearOf(to);
    for (let year = Math.min(a, b); year <= Math.max(a, b); year++) {
      if (!this.confirmed.has(year)) {
        return true;
      }
    }
    return false;
  }
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ValidationError(`A number of days must be a non-negative integer, got ${n}`);
  }
}
