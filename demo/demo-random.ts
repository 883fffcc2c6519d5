/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the demo data needs, so that
 * `npm run seed:demo` builds the same city every time. Pure: no clock, no framework.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) {
        return key;
      }
    }
    return entries[entries.length - 1][0];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Thị Thu', 'Quang', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hoa',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
];
const STREETS = ['Hùng Vương', 'Phan Chu Trinh', 'Quang Trung', 'Lê Lợi', 'Nguyễn Nghiêm', 'Phạm Văn Đồng'];

export interface DemoPerson {
  fullName: string;
  idNumber: string;
  address: string;
}

/** A made-up citizen: a Vietnamese name, a 12-digit căn cước of province 051, a street address. */
export function demoPerson(random: DemoRandom): DemoPerson {
  const digits = Array.from({ length: 9 }, () => random.int(0, 9)).join('');
  return {
    fullName: `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`,
    idNumber: `051${digits}`,
    address: `${random.int(1, 300)} ${random.pick(STREETS)}`,
  };
}

/** Official days off of 2023 for public servants (DOMAIN.md 9): no visit or case is dated on them. */
const DAYS_OFF_2023 = new Set([
  '2023-01-02',
  ...['20', '21', '22', '23', '24', '25', '26'].map((d) => `2023-01-${d}`),
  '2023-05-01',
  '2023-05-02',
  '2023-05-03',
  '2023-09-01',
  '2023-09-04',
]);

/** `YYYY-MM-DD` plus `days`. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !DAYS_OFF_2023.has(date);
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) {
    d = shiftDate(d, 1);
  }
  return d;
}

/** A working day between `from` and `to` (inclusive), uniformly by calendar day then moved forward. */
export function randomWorkingDay(random: DemoRandom, from: string, to: string): string {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const d = workingDayFrom(shiftDate(from, random.int(0, span)));
  return d > to ? workingDayFrom(from) : d;
}

/** A local time on a business date, as the API takes it: `2023-03-06T08:15:00+07:00`. */
export function localTime(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
}
