/**
 * Leaders' periodic reception days (Luật TCD Art. 12(5), 13(5), 15(2)(d); DOMAIN.md §12.9). Pure.
 */

export type QuotaLevel = 'province' | 'district' | 'commune' | 'department';

/** `YYYY-MM` -> [first, last] business dates of the month. */
export function monthBounds(month: string): [string, string] {
  const [year, m] = parseMonth(month);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

export function parseMonth(month: string): [year: number, month: number] {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) {
    throw new RangeError(`month must be YYYY-MM: ${month}`);
  }
  return [Number(match[1]), Number(match[2])];
}

/** The Monday-to-Sunday weeks that begin in the month = the Mondays in the month. */
export function weeksBeginningIn(month: string): number {
  const [year, m] = parseMonth(month);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const firstDow = new Date(Date.UTC(year, m - 1, 1)).getUTCDay(); // 0 = Sunday
  const firstMonday = 1 + ((8 - firstDow) % 7);
  return Math.floor((days - firstMonday) / 7) + 1;
}

/**
 * Reception days a month for the head of a unit of this level: province 1, district 2 (the level was
 * abolished on 2025-07-01; units still marked district keep the old figure), commune 1 a week (the weeks that
 * begin in the month). A department (sở, ban, ngành; from 2026-07-01 also heads of public service units under
 * NĐ 154 Art. 10(2)) holds at least 1 day a month.
 */
export function receptionQuota(level: QuotaLevel, month: string): number {
  switch (level) {
    case 'province':
      return 1;
    case 'district':
      return 2;
    case 'commune':
      return weeksBeginningIn(month);
    case 'department':
      return 1;
  }
}
