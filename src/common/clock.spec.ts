import { BusinessClock, type Clock, SystemClock } from './clock.js';
import { ValidationError } from './errors/domain-error.js';

describe('SystemClock', () => {
  it('returns the current time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('BusinessClock', () => {
  const NOW = new Date('2024-06-03T16:59:30Z'); // 23:59:30 in Hà Nội
  const fixed: Clock = { now: () => NOW };
  const clock = new BusinessClock(fixed, { businessTimeZone: 'Asia/Ho_Chi_Minh' });

  const refusal = (value: string): string => {
    try {
      clock.pastInstant('visitedAt', value);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as Error).message;
    }
    throw new Error(`accepted ${value}`);
  };

  it('reads business dates in the configured zone', () => {
    expect(clock.today()).toBe('2024-06-03');
    expect(clock.dateOf(new Date('2024-06-03T17:00:00Z'))).toBe('2024-06-04');
    expect(new BusinessClock(fixed, { businessTimeZone: 'UTC' }).today()).toBe('2024-06-03');
    expect(clock.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('takes an absent time as now', () => {
    expect(clock.pastInstant('occurredAt', undefined)).toBe(NOW);
    expect(clock.pastInstant('occurredAt', null)).toBe(NOW);
  });

  it('accepts a past time with an offset, and up to a minute of skew', () => {
    expect(clock.pastInstant('receivedAt', '2024-06-03T08:15:00+07:00').toISOString()).toBe(
      '2024-06-03T01:15:00.000Z',
    );
    expect(clock.pastInstant('receivedAt', '2024-06-03T01:15:00+0700').toISOString()).toBe(
      '2024-06-02T18:15:00.000Z',
    );
    expect(clock.pastInstant('receivedAt', '2024-06-03T17:00:30Z').getTime()).toBe(NOW.getTime() + 60_000);
  });

  it('refuses a time without an offset or not a time, naming the field', () => {
    for (const value of ['2024-06-03T08:15:00', '2024-06-03', 'yesterday', '2024-13-03T08:15:00Z']) {
      expect(refusal(value)).toBe('visitedAt must be an ISO 8601 timestamp with an offset');
    }
  });

  it('refuses a time more than a minute in the future', () => {
    expect(refusal('2024-06-03T17:00:31Z')).toBe('visitedAt must not be in the future');
    expect(refusal('2024-06-04T09:00:00+07:00')).toBe('visitedAt must not be in the future');
  });
});
