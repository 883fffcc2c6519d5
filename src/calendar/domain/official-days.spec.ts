import { dayOfWeek, isIsoDate } from './business-date.js';
import { buildOfficialCalendar, CONFIRMED_YEARS, fixedDateHolidays, OFFICIAL_DAYS } from './official-days.js';

const calendar = buildOfficialCalendar();

function daysOff(from: string, to: string): string[] {
  return OFFICIAL_DAYS.filter((d) => d.type === 'day_off' && d.date >= from && d.date <= to).map(
    (d) => d.date,
  );
}

describe('official days off (DOMAIN.md §9)', () => {
  it('holds valid, unique, sorted rows, each with a name and a notice', () => {
    const dates = OFFICIAL_DAYS.map((d) => d.date);
    expect(dates.every((d) => isIsoDate(d))).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    expect(OFFICIAL_DAYS.every((d) => d.name.length > 0 && d.notice.length > 0)).toBe(true);
  });

  it('confirms 2023, 2024 and 2025 and leaves 2026 provisional', () => {
    expect(CONFIRMED_YEARS).toEqual([2023, 2024, 2025]);
    expect(calendar.isProvisional('2026-02-16')).toBe(true);
    expect(calendar.isProvisional('2025-01-27')).toBe(false);
  });

  it('lists the make-up Saturdays 2024-05-04 and 2025-04-26 as working days, and only those', () => {
    const workingDays = OFFICIAL_DAYS.filter((d) => d.type === 'working_day');
    expect(workingDays.map((d) => d.date)).toEqual(['2024-05-04', '2025-04-26']);
    expect(workingDays.map((d) => dayOfWeek(d.date))).toEqual([6, 6]);
    expect(workingDays[0].notice).toBe('CV 2450/VPCP-KGVX, 12/4/2024');
  });

  it('2023 Tết Dương lịch: 31/12/2022 to 02/01/2023 (01/01 a Sunday, 02/01 compensatory)', () => {
    expect(daysOff('2022-12-31', '2023-01-02')).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect(calendar.nextWorkingDay('2022-12-30')).toBe('2023-01-03');
  });

  it('Tết 2023 (Quý Mão): 20/01 to 26/01, work resumes Fri 27/01', () => {
    expect(daysOff('2023-01-20', '2023-01-26')).toHaveLength(7);
    expect(calendar.isWorkingDay('2023-01-19')).toBe(true);
    expect(calendar.nextWorkingDay('2023-01-19')).toBe('2023-01-27');
    expect(calendar.workingDaysBetween('2023-01-19', '2023-01-27')).toBe(1);
  });

  it('Tết 2024 (Giáp Thìn): 08/02 to 14/02, work resumes Thu 15/02', () => {
    expect(daysOff('2024-02-08', '2024-02-14')).toHaveLength(7);
    expect(calendar.isWorkingDay('2024-02-07')).toBe(true);
    expect(calendar.nextWorkingDay('2024-02-07')).toBe('2024-02-15');
  });

  it('Tết 2025 (Ất Tỵ): 25/01 to 02/02, work resumes Mon 03/02', () => {
    expect(daysOff('2025-01-25', '2025-02-02')).toHaveLength(9);
    expect(calendar.isWorkingDay('2025-01-24')).toBe(true);
    expect(calendar.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(calendar.nonWorkingDaysIn('2025-01-24', '2025-02-03')).toHaveLength(9);
  });

  it('Tết 2026 (Bính Ngọ, provisional year): 14/02 to 22/02, work resumes Mon 23/02', () => {
    expect(daysOff('2026-02-14', '2026-02-22')).toHaveLength(9);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
  });

  it('2023 Giỗ Tổ and 30/4-1/5: Sat 29/04 to Wed 03/05 with two compensatory days', () => {
    expect(daysOff('2023-04-29', '2023-05-03')).toHaveLength(5);
    expect(calendar.nextWorkingDay('2023-04-28')).toBe('2023-05-04');
  });

  it('2024 30/4-1/5: Sat 27/04 to Wed 01/05 (Mon 29/04 swapped with Sat 04/05)', () => {
    expect(daysOff('2024-04-27', '2024-05-01')).toHaveLength(5);
    expect(calendar.nextWorkingDay('2024-04-26')).toBe('2024-05-02');
  });

  it('2025 30/4-1/5: Wed 30/04 to Sun 04/05 (Fri 02/05 swapped with Sat 26/04)', () => {
    expect(daysOff('2025-04-30', '2025-05-04')).toHaveLength(5);
    expect(calendar.nextWorkingDay('2025-04-29')).toBe('2025-05-05');
  });

  it('Quốc khánh 2023, 2024, 2025: four days each, weekend included', () => {
    expect(daysOff('2023-09-01', '2023-09-04')).toHaveLength(4);
    expect(daysOff('2024-08-31', '2024-09-03')).toHaveLength(4);
    expect(daysOff('2025-08-30', '2025-09-02')).toHaveLength(4);
    expect(calendar.nextWorkingDay('2024-08-30')).toBe('2024-09-04');
    expect(calendar.nextWorkingDay('2025-08-29')).toBe('2025-09-03');
  });

  it('2026 fixed-date holidays: 01/01, Giỗ Tổ Sun 26/04 with Mon 27/04 off, 30/04, 01/05, 02/09', () => {
    for (const date of ['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']) {
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
    expect(dayOfWeek('2026-04-26')).toBe(0);
    expect(calendar.entryOn('2026-04-27')?.name).toContain('Nghỉ bù Giỗ Tổ');
    expect(calendar.nextWorkingDay('2026-04-24')).toBe('2026-04-28');
  });

  it('has the expected number of weekday days off per confirmed year', () => {
    const weekdaysOff = (year: number) =>
      OFFICIAL_DAYS.filter(
        (d) => d.type === 'day_off' && d.date.startsWith(`${year}-`) && ![0, 6].includes(dayOfWeek(d.date)),
      ).length;
    // 2023: 02/01; Tết 5; 02-03/05 + 01/05; 01/09 + 04/09.   2024: 01/01; Tết 5; 18/04; 29/04-01/05; 02-03/09.
    // 2025: 01/01; Tết 5; 07/04; 30/04-02/05; 01-02/09.
    expect([weekdaysOff(2023), weekdaysOff(2024), weekdaysOff(2025)]).toEqual([11, 12, 12]);
  });

  it('later years start provisional with the fixed-date holidays (DOMAIN.md §12.6)', () => {
    expect(fixedDateHolidays(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-04-30',
      '2027-05-01',
      '2027-09-02',
    ]);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false); // a Friday
    expect(calendar.isProvisional('2027-01-01')).toBe(true);
    // A 10-working-day clock from Thu 2026-12-24 skips 01/01/2027: Dec 25, 28-31, Jan 4-8.
    expect(calendar.addWorkingDays('2026-12-24', 10)).toBe('2027-01-08');
    expect(buildOfficialCalendar({ fixedHolidaysUntil: 0 }).isWorkingDay('2027-01-01')).toBe(true);
  });
});
