import fc from 'fast-check';
import { fromDayNumber, isWeekendDayNumber, toDayNumber, type IsoDate } from './business-date.js';
import { buildOfficialCalendar, fixedDateHolidays, OFFICIAL_DAYS } from './official-days.js';
import { type CalendarEntry, WorkingCalendar } from './working-calendar.js';

/** The obvious, slow implementation: one day at a time. The fast tables must agree with it everywhere. */
class NaiveCalendar {
  private readonly entries = new Map<number, CalendarEntry>();

  constructor(entries: readonly CalendarEntry[]) {
    for (const entry of entries) {
      this.entries.set(toDayNumber(entry.date), entry);
    }
  }

  isWorking(day: number): boolean {
    const entry = this.entries.get(day);
    return entry ? entry.type === 'working_day' : !isWeekendDayNumber(day);
  }

  addWorkingDays(start: number, n: number): number {
    let day = start;
    for (let counted = 0; counted < n;) {
      day++;
      if (this.isWorking(day)) {
        counted++;
      }
    }
    return day;
  }

  rollForward(day: number): number {
    let d = day;
    while (!this.isWorking(d)) {
      d++;
    }
    return d;
  }

  addCalendarDays(start: number, n: number): number {
    return this.rollForward(start + n);
  }

  between(a: number, b: number): number {
    let count = 0;
    for (let d = a + 1; d <= b; d++) {
      count += this.isWorking(d) ? 1 : 0;
    }
    return count;
  }
}

const calendar = buildOfficialCalendar();
const later = Array.from({ length: 2100 - 2026 }, (_, i) => fixedDateHolidays(2027 + i)).flat();
const naive = new NaiveCalendar([...OFFICIAL_DAYS, ...later]);

/** Days from 1990 to 2110: inside the tables (2000..2100) and on both sides of them. */
const anyDay = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2110-12-31') });
/** Days around the seeded years. */
const seededDay = fc.integer({ min: toDayNumber('2022-11-01'), max: toDayNumber('2027-02-28') });
const count = fc.integer({ min: 0, max: 400 });

describe('WorkingCalendar', () => {
  describe('weekends and official days', () => {
    it('works Monday to Friday and rests on Saturday and Sunday', () => {
      expect(calendar.isWorkingDay('2024-03-11')).toBe(true); // Mon
      expect(calendar.isWorkingDay('2024-03-15')).toBe(true); // Fri
      expect(calendar.isWorkingDay('2024-03-16')).toBe(false); // Sat
      expect(calendar.isWorkingDay('2024-03-17')).toBe(false); // Sun
    });

    it('rests on an official day off that falls on a weekday (Giỗ Tổ, Thu 2024-04-18)', () => {
      expect(calendar.isWorkingDay('2024-04-18')).toBe(false);
      expect(calendar.describe('2024-04-18')).toEqual({
        date: '2024-04-18',
        working: false,
        reason: 'day_off',
        name: 'Giỗ Tổ Hùng Vương',
      });
    });

    it('works the make-up Saturday 2024-05-04', () => {
      expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
      expect(calendar.describe('2024-05-04').reason).toBe('working_day');
      // Fri 2024-05-03 -> the next working day is the make-up Saturday, not Monday.
      expect(calendar.nextWorkingDay('2024-05-03')).toBe('2024-05-04');
    });

    it('works the make-up Saturday 2025-04-26', () => {
      expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
      expect(calendar.nextWorkingDay('2025-04-25')).toBe('2025-04-26');
      expect(calendar.addWorkingDays('2025-04-24', 2)).toBe('2025-04-26');
    });

    it('a later entry for the same date overrides an earlier one', () => {
      const overridden = buildOfficialCalendar({
        overrides: [{ date: '2024-04-18', type: 'working_day', name: 'đổi' }],
      });
      expect(overridden.isWorkingDay('2024-04-18')).toBe(true);
      expect(calendar.isWorkingDay('2024-04-18')).toBe(false);
    });

    it('lists the non-working days of a range, for explanations', () => {
      expect(calendar.nonWorkingDaysIn('2024-04-26', '2024-05-06')).toEqual([
        '2024-04-27',
        '2024-04-28',
        '2024-04-29',
        '2024-04-30',
        '2024-05-01',
        '2024-05-05',
      ]);
      expect(calendar.entriesOfYear(2024).map((e) => e.date)).toContain('2024-05-04');
    });

    it('rejects bad entries', () => {
      expect(() => new WorkingCalendar([{ date: '2024-02-30', type: 'day_off', name: 'x' }])).toThrow(
        'Not a valid date',
      );
      expect(
        () => new WorkingCalendar([{ date: '2024-02-03', type: 'holiday' as 'day_off', name: 'x' }]),
      ).toThrow('Unknown calendar entry type');
    });
  });

  describe('counting', () => {
    it('nextWorkingDay is strictly after, rollForward keeps a working day', () => {
      expect(calendar.nextWorkingDay('2024-03-11')).toBe('2024-03-12');
      expect(calendar.rollForward('2024-03-11')).toBe('2024-03-11');
      expect(calendar.rollForward('2024-03-16')).toBe('2024-03-18');
      expect(calendar.nextWorkingDay('2024-03-15')).toBe('2024-03-18');
    });

    it('addCalendarDays does not count the start day and rolls over Quốc khánh (2024-09-02 -> 2024-09-04)', () => {
      expect(calendar.addCalendarDays('2024-08-03', 30)).toBe('2024-09-04');
      expect(calendar.addCalendarDays('2024-03-01', 30)).toBe('2024-04-01'); // Sun 03-31 -> Mon
      expect(calendar.addCalendarDays('2024-03-01', 40)).toBe('2024-04-10');
    });

    it('addWorkingDays is the n-th working day strictly after the start, whatever the start day', () => {
      expect(calendar.addWorkingDays('2024-03-11', 1)).toBe('2024-03-12');
      expect(calendar.addWorkingDays('2024-03-16', 1)).toBe('2024-03-18'); // from a Saturday
      expect(calendar.addWorkingDays('2024-02-08', 1)).toBe('2024-02-15'); // from inside Tết
      expect(calendar.addWorkingDays('2024-03-11', 0)).toBe('2024-03-11');
      expect(() => calendar.addWorkingDays('2024-03-11', -1)).toThrow('non-negative integer');
      expect(() => calendar.addWorkingDays('2024-03-11', 1.5)).toThrow('non-negative integer');
    });

    it('workingDaysBetween counts (a, b]', () => {
      expect(calendar.workingDaysBetween('2024-03-11', '2024-03-21')).toBe(8);
      expect(calendar.workingDaysBetween('2024-03-11', '2024-03-11')).toBe(0);
      expect(calendar.workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1); // Tết 08..14
      expect(calendar.workingDaysBetween('2024-03-21', '2024-03-11')).toBe(-8);
    });

    it('falls back to the weekend rule outside its tables', () => {
      const small = new WorkingCalendar([{ date: '2024-04-18', type: 'day_off', name: 'Giỗ Tổ' }], {
        fromYear: 2024,
        toYear: 2024,
      });
      expect(small.range).toEqual({ from: '2024-01-01', to: '2024-12-31' });
      expect(small.addWorkingDays('2023-12-29', 1)).toBe('2024-01-01'); // Fri before the tables -> Mon inside
      expect(small.addWorkingDays('2024-12-31', 1)).toBe('2025-01-01'); // after the tables: weekdays only
      expect(small.addWorkingDays('2023-12-01', 25)).toBe('2024-01-05');
      // (Fri 2023-12-29, ...]: 0 in 2023, 262 weekdays in 2024 minus Giỗ Tổ, 3 in 2025 (Wed-Fri).
      expect(small.workingDaysBetween('2023-12-29', '2025-01-03')).toBe(261 + 3);
      expect(small.addCalendarDays('1999-12-31', 1)).toBe('2000-01-03'); // Sat -> Mon
      expect(small.isWorkingDay('2150-06-05')).toBe(true); // Friday
      expect(small.rollForward('2150-06-06')).toBe('2150-06-08');
    });

    it('extends its tables to cover every entry', () => {
      const wide = new WorkingCalendar([{ date: '2150-06-05', type: 'day_off', name: 'x' }]);
      expect(wide.range.to).toBe('2150-12-31');
      expect(wide.isWorkingDay('2150-06-05')).toBe(false);
      expect(wide.nextWorkingDay('2150-06-04')).toBe('2150-06-08');
    });
  });

  describe('provisional years', () => {
    it('marks a year provisional until confirmed', () => {
      expect(calendar.isProvisional('2025-12-31')).toBe(false);
      expect(calendar.isProvisional('2026-01-02')).toBe(true);
      expect(calendar.isRangeProvisional('2025-12-01', '2026-01-06')).toBe(true);
      expect(calendar.isRangeProvisional('2023-01-01', '2025-12-31')).toBe(false);
      expect(calendar.confirmedYears).toEqual([2023, 2024, 2025]);
    });
  });

  describe('properties', () => {
    it('the result of addWorkingDays is always a working day', () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (start, n) => {
          expect(calendar.isWorkingDayNumber(calendar.addWorkingDayNumbers(start, n))).toBe(true);
        }),
      );
    });

    it('the result of addCalendarDays is always a working day', () => {
      fc.assert(
        fc.property(anyDay, count, (start, n) => {
          expect(calendar.isWorkingDay(calendar.addCalendarDays(fromDayNumber(start), n))).toBe(true);
        }),
      );
    });

    it('addWorkingDays(d, n) has exactly n working days in (d, result]', () => {
      fc.assert(
        fc.property(anyDay, count, (start, n) => {
          const end = calendar.addWorkingDayNumbers(start, n);
          expect(calendar.workingDaysBetweenDayNumbers(start, end)).toBe(n);
          expect(naive.between(start, end)).toBe(n);
        }),
      );
    });

    it('deadlines never move backwards when the amount grows', () => {
      fc.assert(
        fc.property(anyDay, count, count, (start, a, b) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const d: IsoDate = fromDayNumber(start);
          expect(calendar.addWorkingDays(d, small) <= calendar.addWorkingDays(d, large)).toBe(true);
          expect(calendar.addCalendarDays(d, small) <= calendar.addCalendarDays(d, large)).toBe(true);
        }),
      );
    });

    it('the prefix-sum tables agree with a day-by-day loop on the official calendar', () => {
      fc.assert(
        fc.property(fc.oneof(seededDay, anyDay), count, anyDay, (start, n, other) => {
          expect(calendar.isWorkingDayNumber(start)).toBe(naive.isWorking(start));
          expect(calendar.addWorkingDayNumbers(start, n)).toBe(naive.addWorkingDays(start, n));
          expect(toDayNumber(calendar.addCalendarDays(fromDayNumber(start), n))).toBe(
            naive.addCalendarDays(start, n),
          );
          expect(calendar.rollForwardDayNumber(start)).toBe(naive.rollForward(start));
          if (other >= start) {
            expect(calendar.workingDaysBetweenDayNumbers(start, other)).toBe(naive.between(start, other));
          }
        }),
        { numRuns: 300 },
      );
    });

    it('the prefix-sum tables agree with a day-by-day loop on random calendars, across the table edges', () => {
      const lo = toDayNumber('2018-06-01');
      const entry = fc.record({
        day: fc.integer({ min: lo, max: lo + 3000 }),
        type: fc.constantFrom<'day_off' | 'working_day'>('day_off', 'working_day'),
      });
      fc.assert(
        fc.property(
          fc.array(entry, { maxLength: 80 }),
          fc.integer({ min: lo - 400, max: lo + 3400 }),
          fc.integer({ min: 0, max: 300 }),
          (rows, start, n) => {
            const entries = rows.map((r) => ({ date: fromDayNumber(r.day), type: r.type, name: 'x' }));
            const fast = new WorkingCalendar(entries, { fromYear: 2019, toYear: 2024 });
            const slow = new NaiveCalendar(entries);
            expect(fast.addWorkingDayNumbers(start, n)).toBe(slow.addWorkingDays(start, n));
            expect(fast.rollForwardDayNumber(start + n)).toBe(slow.rollForward(start + n));
            expect(fast.workingDaysBetweenDayNumbers(start, start + n)).toBe(slow.between(start, start + n));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
