import { addDays, type IsoDate, localDateTimeOf } from '../../calendar/domain/business-date.js';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar.js';

/**
 * The due-date bounds of the reminder stages on `today` (DOMAIN: deadlines are "by the end of that day"):
 * - `due_soon`:  today < due date <= the `dueSoonDays`-th working day after today;
 * - `due_today`: due date = today;
 * - `overdue`:   due date < today;
 * - `escalation`: due date <= `escalateOnOrBefore`, i.e. at least `escalationDays` working days have passed since
 *   the due date (counting the working days in (due date, today]).
 */
export interface StageBounds {
  today: IsoDate;
  dueSoonUntil: IsoDate;
  escalateOnOrBefore: IsoDate;
}

export function stageBounds(
  calendar: WorkingCalendar,
  today: IsoDate,
  dueSoonDays: number,
  escalationDays: number,
): StageBounds {
  let escalateOnOrBefore = today;
  // Walk back until (escalateOnOrBefore, today] holds `escalationDays` working days.
  while (calendar.workingDaysBetween(escalateOnOrBefore, today) < escalationDays) {
    escalateOnOrBefore = addDays(escalateOnOrBefore, -1);
  }
  return { today, dueSoonUntil: calendar.addWorkingDays(today, dueSoonDays), escalateOnOrBefore };
}

export interface SendWindow {
  always: boolean;
  fromMinutes: number;
  toMinutes: number;
}

export function parseSendWindow(value: string): SendWindow {
  if (value === 'always') {
    return { always: true, fromMinutes: 0, toMinutes: 24 * 60 };
  }
  const [from, to] = value.split('-').map((part) => {
    const [h, m] = part.split(':').map(Number);
    return h * 60 + m;
  });
  return { always: false, fromMinutes: from, toMinutes: to };
}

/** Mail goes out only within the window on working days (`always`: any hour of any day). */
export function isWithinSendWindow(
  now: Date,
  window: SendWindow,
  calendar: WorkingCalendar,
  timeZone: string,
): boolean {
  if (window.always) {
    return true;
  }
  const local = localDateTimeOf(now, timeZone);
  return (
    calendar.isWorkingDay(local.date) &&
    local.minutes >= window.fromMinutes &&
    local.minutes < window.toMinutes
  );
}
