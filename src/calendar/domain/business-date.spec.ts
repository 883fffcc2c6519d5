import fc from 'fast-check';
import {
  addDays,
  businessDateOf,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  localDateTimeOf,
  toDayNumber,
  yearOf,
} from './business-date.js';

describe('business dates', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-12-31')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible dates and other spellings', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    for (const bad of [
      '2024-2-3',
      '2024/02/03',
      '20240203',
      '2024-02-03T00:00',
      ' 2024-02-03',
      '',
      20240203,
      null,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => toDayNumber('2024-02-30')).toThrow('Not a valid date');
  });

  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(19783)).toBe('2024-03-01');
    expect(fromDayNumber(-719528)).toBe('0000-01-01');
  });

  it('round-trips every day number and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 60000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });

  it('gives the day of week (0 Sunday .. 6 Saturday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-05-04')).toBe(6);
    expect(dayOfWeek('2025-04-26')).toBe(6);
    expect(dayOfWeek('2026-04-26')).toBe(0);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('adds and subtracts calendar days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', 90)).toBe('2024-05-30');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(daysBetween('2024-03-11', '2024-03-21')).toBe(10);
    expect(yearOf('2022-12-31')).toBe(2022);
  });

  it('reads the business date and time of day in Asia/Ho_Chi_Minh', () => {
    // 17:30 UTC is 00:30 the next day in Vietnam (UTC+7).
    expect(businessDateOf(new Date('2024-03-11T17:30:00Z'))).toBe('2024-03-12');
    expect(localDateTimeOf(new Date('2024-03-11T17:30:00Z')).minutes).toBe(30);
    expect(localDateTimeOf(new Date('2024-03-12T15:00:59+07:00'))).toEqual({
      date: '2024-03-12',
      minutes: 900,
    });
    expect(localDateTimeOf(new Date('2024-03-12T23:59:00+07:00'))).toEqual({
      date: '2024-03-12',
      minutes: 1439,
    });
    expect(localDateTimeOf(new Date('2024-03-12T00:00:00+07:00'))).toEqual({
      date: '2024-03-12',
      minutes: 0,
    });
  });

  it('reads other zones through Intl, daylight saving included', () => {
    // 2024-03-31 01:30 UTC: Paris has just moved to UTC+2 (03:30).
    expect(localDateTimeOf(new Date('2024-03-31T01:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2024-03-31',
      minutes: 210,
    });
    expect(businessDateOf(new Date('2024-03-11T17:30:00Z'), 'America/New_York')).toBe('2024-03-11');
    // New York springs forward at 07:00 UTC on 2024-03-10, in the middle of that UTC day.
    expect(localDateTimeOf(new Date('2024-03-10T06:59:00Z'), 'America/New_York')).toEqual({
      date: '2024-03-10',
      minutes: 119,
    });
    expect(localDateTimeOf(new Date('2024-03-10T07:00:00Z'), 'America/New_York')).toEqual({
      date: '2024-03-10',
      minutes: 180,
    });
    // St. John's (UTC-3:30) changes at 05:30 UTC, off the hour.
    expect(localDateTimeOf(new Date('2024-03-10T05:29:00Z'), 'America/St_Johns').minutes).toBe(119);
    expect(localDateTimeOf(new Date('2024-03-10T05:30:00Z'), 'America/St_Johns').minutes).toBe(180);
  });

  it('agrees with Intl on random instants in several zones', () => {
    const zones = [
      'Asia/Ho_Chi_Minh',
      'Europe/Paris',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const text = new Intl.DateTimeFormat('sv-SE', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(ms);
          const [date, time] = text.split(' ');
          const [h, m] = time.split(':').map(Number);
          expect(localDateTimeOf(new Date(ms), zone)).toEqual({ date, minutes: h * 60 + m });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(localDateTimeOf(new Date('2024-03-11T17:30:00Z'))).toEqual({ date: '2024-03-12', minutes: 30 });
    } finally {
      if (saved === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = saved;
      }
    }
  });

  it('rejects an invalid instant', () => {
    expect(() => businessDateOf(new Date('nope'))).toThrow('Not a valid instant');
  });
});
