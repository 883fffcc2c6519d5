// The dashboard's period fields ("Kỳ báo cáo", "Năm", "Tháng"/"Quý") and the dates they stand for. The address
// holds only `from` and `to`; the fields are read back from them.

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year' | 'official';

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng',
  nine: '9 tháng',
  year: 'Năm',
  official: 'Kỳ chính thức',
};

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** The month (1-12) for `month` and `official`, the quarter (1-4) for `quarter`; unused otherwise. */
  part: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/**
 * The dates of a choice. The official periods run from the 15th to the 14th and are reported cumulatively
 * from 15/12 of the year before: "Kỳ chính thức", month 6 of 2023 is 15/12/2022 - 14/06/2023.
 */
export function periodRange(choice: PeriodChoice): { from: string; to: string } {
  const { kind, year, part } = choice;
  switch (kind) {
    case 'month':
      return { from: date(year, part, 1), to: date(year, part, lastDay(year, part)) };
    case 'quarter':
      return { from: date(year, part * 3 - 2, 1), to: date(year, part * 3, lastDay(year, part * 3)) };
    case 'half':
      return { from: date(year, 1, 1), to: date(year, 6, 30) };
    case 'nine':
      return { from: date(year, 1, 1), to: date(year, 9, 30) };
    case 'year':
      return { from: date(year, 1, 1), to: date(year, 12, 31) };
    case 'official':
      return { from: date(year - 1, 12, 15), to: date(year, part, 14) };
  }
}

/** The choice whose dates are exactly `from`-`to`, or null for any other range. */
export function choiceOf(from: string, to: string): PeriodChoice | null {
  const year = Number(to.slice(0, 4));
  const candidates: PeriodChoice[] = [
    { kind: 'year', year, part: 1 },
    { kind: 'half', year, part: 1 },
    { kind: 'nine', year, part: 1 },
    ...[1, 2, 3, 4].map((part) => ({ kind: 'quarter' as const, year, part })),
    ...Array.from({ length: 12 }, (_, i) => [
      { kind: 'month' as const, year, part: i + 1 },
      { kind: 'official' as const, year, part: i + 1 },
    ]).flat(),
  ];
  return (
    candidates.find((c) => {
      const range = periodRange(c);
      return range.from === from && range.to === to;
    }) ?? null
  );
}

/** The dashboard's address (UI.md). */
export const DASHBOARD_PATH = /^\/app\/bao-cao\/?$/;

/** What the dashboard's address (`?from=&to=&unitId=`) stands for; without dates, the current year. */
export interface DashboardView {
  q: { from: string; to: string; unitId?: string };
  /** The fields' choice for exactly these dates, or null for another range. */
  choice: PeriodChoice | null;
  /** The choice the fields show (this year's for another range). */
  current: PeriodChoice;
  /** The month of the leaders' reception days: the period's last (YYYY-MM). */
  month: string;
  /** The chart's months: the official periods when the period is one. */
  periods: 'calendar' | 'official';
}

export function defaultChoice(today = new Date()): PeriodChoice {
  return { kind: 'year', year: today.getFullYear(), part: 1 };
}

export function dashboardView(params: URLSearchParams, today = new Date()): DashboardView {
  const fallback = periodRange(defaultChoice(today));
  const q = {
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
    unitId: params.get('unitId') ?? undefined,
  };
  const choice = choiceOf(q.from, q.to);
  return {
    q,
    choice,
    current: choice ?? defaultChoice(today),
    month: q.to.slice(0, 7),
    periods: choice?.kind === 'official' ? 'official' : 'calendar',
  };
}
