// Formatting of dates, times, numbers and deadlines, in vi-VN and Asia/Ho_Chi_Minh whatever the browser's zone.
// Business dates (YYYY-MM-DD) are shown as they are, never through a Date (no time-zone shift).

export const BUSINESS_TZ = 'Asia/Ho_Chi_Minh';

// Made on first use: a formatter with a time zone costs tens of milliseconds (the zone's data), which screens
// that show no timestamp (the dashboard's first paint) need not pay.
let dateParts: Intl.DateTimeFormat | undefined;

function parts(instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  dateParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: BUSINESS_TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(dateParts.formatToParts(date).map((p) => [p.type, p.value]));
}

/** `2024-03-06` -> `06/03/2024`; anything else is returned unchanged. */
export function formatBusinessDate(date: string | null | undefined): string {
  if (!date) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** A timestamp's date in Asia/Ho_Chi_Minh: `dd/MM/yyyy`. */
export function formatDate(instant: string | Date | null | undefined): string {
  if (!instant) {
    return '';
  }
  const p = parts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A timestamp's time in Asia/Ho_Chi_Minh: `HH:mm`. */
export function formatTime(instant: string | Date | null | undefined): string {
  if (!instant) {
    return '';
  }
  const p = parts(instant);
  return `${p.hour}:${p.minute}`;
}

/** `HH:mm dd/MM/yyyy`, the way Vietnamese offices write a moment. */
export function formatDateTime(instant: string | Date | null | undefined): string {
  return instant ? `${formatTime(instant)} ${formatDate(instant)}` : '';
}

/** The business date (YYYY-MM-DD) of an instant in Asia/Ho_Chi_Minh. */
export function businessDateOf(instant: string | Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as ISO 8601 with the +07:00 offset, as the API expects for `receivedAt`/`visitedAt`. */
export function toVietnamIso(instant: Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00+07:00`;
}

/**
 * For a date-time picker, which shows its value in the browser's zone: a Date whose local fields are the
 * instant's wall clock in Asia/Ho_Chi_Minh, so the desk sees Vietnam time whatever the browser's zone.
 */
export function toPickerTime(instant: Date): Date {
  const p = parts(instant);
  return new Date(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
}

/** The instant of a wall-clock time picked as Asia/Ho_Chi_Minh (UTC+7, no daylight saving): `toPickerTime`'s inverse. */
export function fromPickerTime(local: Date): Date {
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours() - 7,
      local.getMinutes(),
    ),
  );
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** `3200` -> `3.200`. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A rate in percent, 2 decimals at most: `95.65` -> `95,65%`, `100` -> `100%`. */
export function formatRate(rate: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(rate)}%`;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export type Urgency = 'overdue' | 'today' | 'soon' | 'normal' | 'none';

/**
 * How a due date reads today (both business dates): "Quá hạn 3 ngày", "Đến hạn hôm nay", "Còn 2 ngày".
 * `soonDays` is the reminder window (calendar days here: the display only, never a legal computation).
 */
export function deadlineText(
  dueDate: string | null | undefined,
  today: string,
  soonDays = 3,
): { text: string; urgency: Urgency } {
  if (!dueDate) {
    return { text: 'Không tính hạn', urgency: 'none' };
  }
  const diff = dayNumber(dueDate) - dayNumber(today);
  if (diff < 0) {
    return { text: `Quá hạn ${formatNumber(-diff)} ngày`, urgency: 'overdue' };
  }
  if (diff === 0) {
    return { text: 'Đến hạn hôm nay', urgency: 'today' };
  }
  return { text: `Còn ${formatNumber(diff)} ngày`, urgency: diff <= soonDays ? 'soon' : 'normal' };
}
