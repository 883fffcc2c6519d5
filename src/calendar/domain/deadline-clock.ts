import { ValidationError } from '../../common/errors/domain-error.js';
import {
  fromDayNumber,
  localDateTimeOf,
  toDayNumber,
  VIETNAM_TIME_ZONE,
  type IsoDate,
} from './business-date.js';
import { type DeadlineRule, type DeadlineUnit } from './deadline-rules.js';
import { type WorkingCalendar } from './working-calendar.js';

/** Same-day requests received after this minute of the day (15:00) are due the next working day. */
export const SAME_DAY_CUTOFF_MINUTES = 15 * 60;

export interface DeadlineExtension {
  /** Days added to the limit: in the rule's unit; working days for a `same_day` rule. */
  days: number;
}

/** A suspension: `from` the suspension date, `to` the resumption date, null while still suspended. */
export interface DeadlinePause {
  from: IsoDate;
  to: IsoDate | null;
}

export interface DeadlineInput {
  calendar: WorkingCalendar;
  rule: Pick<DeadlineRule, 'amount' | 'unit' | 'legalRef'> & { id?: string };
  /**
   * The event that starts the clock: a business date, or the instant of receipt (read in `timeZone`), which
   * for a `same_day` rule also gives the time of day for the 15:00 rule.
   */
  start: IsoDate | Date;
  /** Minute of the day of the receipt (0..1439) for the 15:00 rule; overrides the time read from `start`. */
  receivedAtMinutes?: number;
  /** Zone in which an instant `start` is read. Default Asia/Ho_Chi_Minh (DOMAIN.md §12.5). */
  timeZone?: string;
  extensions?: readonly DeadlineExtension[];
  pauses?: readonly DeadlinePause[];
}

export interface DeadlineExplanation {
  start: IsoDate;
  rule: { id?: string; amount: number; unit: DeadlineUnit; legalRef: string };
  /** Sum of the extensions, in the clock's unit (working days for a same-day rule). */
  extensionDays: number;
  /** Suspended time of the closed pauses, in the clock's unit. */
  pausedDays: number;
  /** Set while a pause is open (the clock is stopped and there is no due date). */
  pausedSince?: IsoDate;
  /** start + limit + extensions + paused days, before any roll-forward; null while paused. */
  rawEnd: IsoDate | null;
  /** The raw end, when it was not a working day and the deadline moved to the next working day. */
  rolledForwardFrom?: IsoDate;
  /**
   * Non-working days the deadline passed over: for a calendar-day clock the days rolled over at the end (days
   * off inside the period count as days); for a working-day or same-day clock those from the start (excluded)
   * to the due date.
   */
  nonWorkingDaysSkipped: IsoDate[];
  /** The deadline runs through a year whose official calendar is not confirmed (DOMAIN.md §12.6). */
  provisional: boolean;
  /** Same-day rules only: true when the receipt came after 15:00 and moved the deadline to the next working day. */
  fifteenHundredRule?: boolean;
}

export interface DeadlineResult {
  /** The last day of the limit (the deadline is the end of that day); null while a pause is open. */
  dueDate: IsoDate | null;
  explanation: DeadlineExplanation;
}

function nonNegativeInteger(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ValidationError(`${what} must be a non-negative integer, got ${n}`);
  }
  return n;
}

/**
 * Computes a deadline, once, from its start (DOMAIN.md §1, §12.3):
 *
 * `end = start + limit + extensions + paused days`, in the rule's unit, and only that end is rolled forward.
 * - `calendar_days`: end = start + total calendar days (start not counted, BLDS Art. 147), then rolled forward
 *   to the next working day if it is not one (BLDS Art. 148(5)). A pause adds `to - from` calendar days.
 * - `working_days`: end = the total-th working day after start. A pause adds the working days in (from, to].
 * - `same_day`: without extension or pause, the receipt date when it is a working day and the request came at
 *   or before 15:00 (15:00:59 counts as 15:00: the time is read to the minute), otherwise the next working day
 *   (after 15:00, or received on a weekend or day off, e.g. online: the first working day after the receipt
 *   date, never two). A request given as a bare date is taken as received before 15:00. Extensions and pauses
 *   are working days counted from the receipt date: addWorkingDays(receipt, total) (NĐ 23/2015 Art. 21:
 *   copy_from_original +2 → the 2nd working day after receipt; no 15:00 rule then).
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const { calendar, rule } = input;
  const amount = nonNegativeInteger(rule.amount, 'The limit');

  let start: IsoDate;
  let minutes = input.receivedAtMinutes;
  if (typeof input.start === 'string') {
    start = input.start;
  } else {
    const local = localDateTimeOf(input.start, input.timeZone ?? VIETNAM_TIME_ZONE);
    start = local.date;
    minutes ??= local.minutes;
  }
  const startDay = toDayNumber(start);
  const workingClock = rule.unit !== 'calendar_days';

  let extensionDays = 0;
  for (const extension of input.extensions ?? []) {
    extensionDays += nonNegativeInteger(extension.days, 'Extension days');
  }

  let pausedDays = 0;
  let pausedSince: IsoDate | undefined;
  for (const pause of input.pauses ?? []) {
    const from = toDayNumber(pause.from);
    if (pause.to === null) {
      pausedSince = pause.from;
      continue;
    }
    const to = toDayNumber(pause.to);
    if (to < from) {
      throw new ValidationError(`A pause cannot end (${pause.to}) before it starts (${pause.from})`);
    }
    pausedDays += workingClock ? calendar.workingDaysBetweenDayNumbers(from, to) : to - from;
  }

  const explanation: DeadlineExplanation = {
    start,
    rule: { amount, unit: rule.unit, legalRef: rule.legalRef },
    extensionDays,
    pausedDays,
    rawEnd: null,
    nonWorkingDaysSkipped: [],
    provisional: false,
  };
  if (rule.id !== undefined) {
    explanation.rule = { id: rule.id, ...explanation.rule };
  }
  if (rule.unit === 'same_day') {
    explanation.fifteenHundredRule = false;
  }
  if (pausedSince !== undefined) {
    explanation.pausedSince = pausedSince;
    explanation.provisional = calendar.isProvisional(start);
    return { dueDate: null, explanation };
  }

  const total = amount + extensionDays + pausedDays;
  let rawEndDay: number;
  let dueDay: number;
  switch (rule.unit) {
    case 'calendar_days':
      rawEndDay = startDay + total;
      dueDay = calendar.rollForwardDayNumber(rawEndDay);
      break;
    case 'working_days':
      // Always a working day when total >= 1; the roll only matters for a (degenerate) limit of 0.
      rawEndDay = calendar.addWorkingDayNumbers(startDay, total);
      dueDay = calendar.rollForwardDayNumber(rawEndDay);
      break;
    case 'same_day':
      if (total > 0) {
        rawEndDay = calendar.addWorkingDayNumbers(startDay, total);
        dueDay = rawEndDay;
      } else {
        rawEndDay = startDay;
        const afterCutoff = minutes !== undefined && minutes > SAME_DAY_CUTOFF_MINUTES;
        const onTime = calendar.isWorkingDayNumber(startDay) && !afterCutoff;
        dueDay = onTime ? startDay : calendar.addWorkingDayNumbers(startDay, 1);
        explanation.fifteenHundredRule = afterCutoff;
      }
      break;
  }

  const dueDate = fromDayNumber(dueDay);
  explanation.rawEnd = fromDayNumber(rawEndDay);
  if (dueDay !== rawEndDay) {
    explanation.rolledForwardFrom = explanation.rawEnd;
  }
  const skipped: IsoDate[] = [];
  const [from, to] = rule.unit === 'calendar_days' ? [rawEndDay, dueDay - 1] : [startDay + 1, dueDay];
  for (let day = from; day <= to; day++) {
    if (!calendar.isWorkingDayNumber(day)) {
      skipped.push(fromDayNumber(day));
    }
  }
  explanation.nonWorkingDaysSkipped = skipped;
  explanation.provisional = calendar.isRangeProvisional(start, dueDate);
  return { dueDate, explanation };
}
