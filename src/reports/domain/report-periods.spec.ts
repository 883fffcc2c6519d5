import {
  addDays,
  calendarHalf,
  calendarMonth,
  calendarQuarter,
  calendarYear,
  isIsoDate,
  monthlyPeriods,
  officialCumulative,
  officialMonth,
} from './report-periods.js';

describe('calendar periods', () => {
  it('months end on their last day, February in leap years included', () => {
    expect(calendarMonth(2023, 2)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(calendarMonth(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(calendarMonth(2023, 12)).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('quarters, halves and years', () => {
    expect(calendarQuarter(2023, 1)).toEqual({ from: '2023-01-01', to: '2023-03-31' });
    expect(calendarQuarter(2023, 4)).toEqual({ from: '2023-10-01', to: '2023-12-31' });
    expect(calendarHalf(2023, 2)).toEqual({ from: '2023-07-01', to: '2023-12-31' });
    expect(calendarYear(2023)).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('refuses a month 13 or quarter 0', () => {
    expect(() => calendarMonth(2023, 13)).toThrow(RangeError);
    expect(() => calendarQuarter(2023, 0)).toThrow(RangeError);
  });
});

describe('official periods (DOMAIN.md 8, 12.8)', () => {
  it('a month runs from the 15th of the previous month to the 14th', () => {
    expect(officialMonth(2023, 1)).toEqual({ from: '2022-12-15', to: '2023-01-14' });
    expect(officialMonth(2023, 3)).toEqual({ from: '2023-02-15', to: '2023-03-14' });
    expect(officialMonth(2023, 12)).toEqual({ from: '2023-11-15', to: '2023-12-14' });
  });

  it('cumulative periods start on 15/12 of the previous year', () => {
    expect(officialCumulative(2023, 'Q1')).toEqual({ from: '2022-12-15', to: '2023-03-14' });
    expect(officialCumulative(2023, 'H1')).toEqual({ from: '2022-12-15', to: '2023-06-14' });
    expect(officialCumulative(2023, '9M')).toEqual({ from: '2022-12-15', to: '2023-09-14' });
    expect(officialCumulative(2023, 'Y')).toEqual({ from: '2022-12-15', to: '2023-12-14' });
  });

  it('takes another cut-off day', () => {
    expect(officialMonth(2024, 3, 20)).toEqual({ from: '2024-02-20', to: '2024-03-19' });
    expect(officialMonth(2024, 3, 1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(officialCumulative(2024, 'Y', 25)).toEqual({ from: '2023-12-25', to: '2024-12-24' });
    expect(() => officialMonth(2024, 3, 29)).toThrow(RangeError);
  });

  it('twelve consecutive months that make up the year, in both schemes', () => {
    for (const scheme of ['calendar', 'official'] as const) {
      const { months, total } = monthlyPeriods(2024, scheme);
      expect(months).toHaveLength(12);
      expect(months[0].from).toBe(total.from);
      expect(months[11].to).toBe(total.to);
      for (let i = 1; i < 12; i++) {
        expect(months[i].from).toBe(addDays(months[i - 1].to, 1));
      }
    }
    expect(monthlyPeriods(2024, 'official').total).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });
});
