/**
 * Reporting periods (DOMAIN.md sections 8 and 12.8) as inclusive ranges of business dates `YYYY-MM-DD`:
 * calendar months, quarters, halves and years, and the official periods: monthly from the cut-off day of the
 * previous month to the day before the cut-off day, and cumulative from the cut-off day of December of the
 * previous year to the day before the cut-off day of March, June, September and December. The cut-off day
 * is configurable (default 15: 15/12 -> 14/3).
 */

import { type IsoDate } from '../../calendar/domain/business-date.js';

export { addDays, isIsoDate, type IsoDate } from '../../calendar/domain/business-date.js';

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface MonthPeriod extends ReportPeriod {
  month: number;
}

export type PeriodScheme = 'calendar' | 'official';
export const PERIOD_SCHEMES: readonly PeriodScheme[] = ['calendar', 'official'];

/** The official cumulative periods: quý I, 6 tháng, 9 tháng, năm. */
export type OfficialCumulative = 'Q1' | 'H1' | '9M' | 'Y';

export const DEFAULT_CUTOFF_DAY = 15;

function iso(year: number, month: number, day: number): IsoDate {
  // Date.UTC normalises overflow (month 13, day 0), which the period arithmetic relies on.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`year must be an integer from 1900 to 9999, not ${year}`);
  }
}

function assertIndex(value: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${name} must be an integer from 1 to ${max}, not ${value}`);
  }
}

/** The cut-off day must exist in every month. */
export function assertCutoffDay(day: number): void {
  assertIndex(day, 28, 'cutoffDay');
}

export function calendarMonth(year: number, month: number): ReportPeriod {
  assertYear(year);
  assertIndex(month, 12, 'month');
  return { from: iso(year, month, 1), to: iso(year, month + 1, 0) };
}

export function calendarQuarter(year: number, quarter: number): ReportPeriod {
  assertIndex(quarter, 4, 'quarter');
  return { from: calendarMonth(year, quarter * 3 - 2).from, to: calendarMonth(year, quarter * 3).to };
}

export function calendarHalf(year: number, half: number): ReportPeriod {
  assertIndex(half, 2, 'half');
  return { from: calendarMonth(year, half * 6 - 5).from, to: calendarMonth(year, half * 6).to };
}

export function calendarYear(year: number): ReportPeriod {
  return { from: calendarMonth(year, 1).from, to: calendarMonth(year, 12).to };
}

/** Official month `month` of `year`: the cut-off day of the previous month to the day before this month's. */
export function officialMonth(year: number, month: number, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod {
  assertYear(year);
  assertIndex(month, 12, 'month');
  assertCutoffDay(cutoffDay);
  return { from: iso(year, month - 1, cutoffDay), to: iso(year, month, cutoffDay - 1) };
}

const CUMULATIVE_END_MONTH: Record<OfficialCumulative, number> = { Q1: 3, H1: 6, '9M': 9, Y: 12 };

/** Official cumulative period: from the cut-off day of December of the previous year (15/12 -> 14/3 ...). */
export function officialCumulative(
  year: number,
  which: OfficialCumulative,
  cutoffDay = DEFAULT_CUTOFF_DAY,
): ReportPeriod {
  return {
    from: officialMonth(year, 1, cutoffDay).from,
    to: officialMonth(year, CUMULATIVE_END_MONTH[which], cutoffDay).to,
  };
}

/** The twelve months of a year in one scheme, and the whole year they make up. */
export function monthlyPeriods(
  year: number,
  scheme: PeriodScheme,
  cutoffDay = DEFAULT_CUTOFF_DAY,
): { months: MonthPeriod[]; total: ReportPeriod } {
  const months = Array.from({ length: 12 }, (_, i) => {
    const period = scheme === 'calendar' ? calendarMonth(year, i + 1) : officialMonth(year, i + 1, cutoffDay);
    return { month: i + 1, ...period };
  });
  return { months, total: { from: months[0].from, to: months[11].to } };
}
