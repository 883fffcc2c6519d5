import { monthBounds, receptionQuota, weeksBeginningIn } from './leader-quota.js';

describe('leader reception quota (DOMAIN.md 12.9)', () => {
  it('gives a province 1 day and a district 2 days a month', () => {
    expect(receptionQuota('province', '2024-03')).toBe(1);
    expect(receptionQuota('district', '2024-03')).toBe(2);
    expect(receptionQuota('department', '2024-03')).toBe(1);
  });

  it('gives a commune one day per Monday-to-Sunday week beginning in the month', () => {
    // March 2024: Mondays 4, 11, 18, 25.
    expect(weeksBeginningIn('2024-03')).toBe(4);
    // April 2024: Mondays 1, 8, 15, 22, 29.
    expect(weeksBeginningIn('2024-04')).toBe(5);
    // February 2021 starts on a Monday: 1, 8, 15, 22.
    expect(weeksBeginningIn('2021-02')).toBe(4);
    // July 2024: Mondays 1, 8, 15, 22, 29.
    expect(receptionQuota('commune', '2024-07')).toBe(5);
    // September 2024 starts on a Sunday: Mondays 2, 9, 16, 23, 30.
    expect(weeksBeginningIn('2024-09')).toBe(5);
    // June 2024 starts on a Saturday: Mondays 3, 10, 17, 24.
    expect(weeksBeginningIn('2024-06')).toBe(4);
  });

  it('gives the bounds of a month, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthBounds('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(() => monthBounds('2024-13')).toThrow(/YYYY-MM/);
  });
});
