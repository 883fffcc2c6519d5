import { ValidationError } from '../../common/errors/domain-error.js';

/**
 * A business date: a civil date `YYYY-MM-DD` with no time and no zone (DOMAIN.md §12.5: every business date
 * is a date in Asia/Ho_Chi_Minh). Arithmetic happens on day numbers (days since 1970-01-01, proleptic
 * Gregorian), never on `Date` objects, so the process time zone cannot leak in.
 */
export type IsoDate = string;

/** Day of week, JavaScript convention: 0 = Sunday, 1 = Monday, ..., 6 = Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DASH = 45;
const ZERO = 48;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : NaN;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** Parses the three fields; NaN in `year` when the text is not a valid date. */
function fields(s: string): [year: number, month: number, day: number] {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) {
    return [NaN, 0, 0];
  }
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) || Number.isNaN(year)) {
    return [NaN, 0, 0];
  }
  return [year, month, day];
}

/** True for a real calendar date written `YYYY-MM-DD` (`2024-02-29` yes, `2023-02-29` and `2024-02-30` no). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(fields(value)[0]);
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number (days since 1970-01-01) of a business date; throws a `ValidationError` on a bad date. */
export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = fields(date);
  if (Number.isNaN(year)) {
    throw new ValidationError(`Not a valid date (YYYY-MM-DD): ${date}`);
  }
  return dayNumberOf(year, month, day);
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Formatted dates of 1970..2199, filled lazily: deadline code formats the same few thousand days again and again. */
const CACHE_FROM = 0;
const CACHE_TO = 84005; // 2199-12-31
const formatted: IsoDate[] = new Array<IsoDate>(CACHE_TO + 1).fill('');

function format(dayNumber: number): IsoDate {
  const [year, month, day] = civilOf(dayNumber);
  if (year < 0 || year > 9999) {
    throw new ValidationError(`Date out of range: day ${dayNumber}`);
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The business date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (dayNumber >= CACHE_FROM && dayNumber <= CACHE_TO && Number.isInteger(dayNumber)) {
    return formatted[dayNumber] || (formatted[dayNumber] = format(dayNumber));
  }
  return format(dayNumber);
}

/** Day of week of a day number (1970-01-01 was a Thursday). */
export function dayOfWeekOfDayNumber(dayNumber: number): DayOfWeek {
  return ((((dayNumber + 4) % 7) + 7) % 7) as DayOfWeek;
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const dow = dayOfWeekOfDayNumber(dayNumber);
  return dow === 0 || dow === 6;
}

export function isWeekend(date: IsoDate): boolean {
  return isWeekendDayNumber(toDayNumber(date));
}

/** `date + days` in calendar days (negative goes back), no roll-forward. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to - from` in calendar days. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function yearOf(date: IsoDate): number {
  const year = fields(date)[0];
  if (Number.isNaN(year)) {
    throw new ValidationError(`Not a valid date (YYYY-MM-DD): ${date}`);
  }
  return year;
}

/** A wall-clock reading in a time zone. `minutes` is the minute of the day, 0..1439 (seconds dropped). */
export interface LocalDateTime {
  date: IsoDate;
  minutes: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

interface ZoneReader {
  formatter: Intl.DateTimeFormat;
  /** UTC day number -> the zone's offset (minutes) for that whole UTC day, or null if it changes that day. */
  offsets: Map<number, number | null>;
}

const zones = new Map<string, ZoneReader>();

function zoneReader(timeZone: string): ZoneReader {
  let reader = zones.get(timeZone);
  if (!reader) {
    reader = {
      formatter: new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
      offsets: new Map(),
    };
    zones.set(timeZone, reader);
  }
  return reader;
}

/** The zone's UTC offset in minutes at an instant (whole seconds), read through `Intl`. */
function offsetAt(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    values[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = values;
  const local =
    dayNumberOf(year, month, day) * MS_PER_DAY + (((hour % 24) * 60 + minute) * 60 + second) * 1000;
  return (local - (epochMs - (((epochMs % 1000) + 1000) % 1000))) / MS_PER_MINUTE;
}

/**
 * The offset for an instant. Offsets are cached per UTC day when the zone has the same offset at both ends of
 * that day (every day in Vietnam); a day with a transition is read from `Intl` instant by instant.
 */
function offsetFor(reader: ZoneReader, epochMs: number): number {
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  let offset = reader.offsets.get(utcDay);
  if (offset === undefined) {
    const atStart = offsetAt(reader.formatter, utcDay * MS_PER_DAY);
    const atEnd = offsetAt(reader.formatter, utcDay * MS_PER_DAY + MS_PER_DAY - 1000);
    offset = atStart === atEnd ? atStart : null;
    if (reader.offsets.size >= 20_000) {
      reader.offsets.clear();
    }
    reader.offsets.set(utcDay, offset);
  }
  return offset ?? offsetAt(reader.formatter, epochMs);
}

/**
 * The business date and minute of the day of an instant in a time zone. The zone's offset comes from `Intl`
 * (no hard-coded +7, independent of the process `TZ`; daylight saving handled), cached per day.
 */
export function localDateTimeOf(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): LocalDateTime {
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) {
    throw new ValidationError('Not a valid instant');
  }
  const local = epochMs + offsetFor(zoneReader(timeZone), epochMs) * MS_PER_MINUTE;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  return {
    date: fromDayNumber(dayNumber),
    minutes: Math.floor((local - dayNumber * MS_PER_DAY) / MS_PER_MINUTE),
  };
}

/** The business date (Asia/Ho_Chi_Minh by default) of an instant. */
export function businessDateOf(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): IsoDate {
  return localDateTimeOf(instant, timeZone).date;
}
