import { formatCount, formatPercent, formatRatio } from './report-format.js';

describe('formatPercent (DOMAIN.md 10, 12.7)', () => {
  it.each([
    [22, 23, 95.65, '95,65%'],
    [245, 269, 91.08, '91,08%'],
    [410, 410, 100, '100%'],
    [1, 2, 50, '50%'],
    [1, 8, 12.5, '12,5%'],
    [0, 7, 0, '0%'],
    [2, 3, 66.67, '66,67%'],
  ])('%i/%i -> %d (%s)', (x, y, rate, text) => {
    expect(formatPercent(x, y)).toEqual({ rate, rateText: text });
  });

  it('gives no rate for a total of zero, never NaN', () => {
    expect(formatPercent(0, 0)).toEqual({ rate: null, rateText: null });
  });

  it('rounds half up at the boundary, in integers', () => {
    // 19131/20000 = 95.655 exactly: a float would round 95.655 (95.65499...) down.
    expect(formatPercent(19131, 20000)).toEqual({ rate: 95.66, rateText: '95,66%' });
    // 1/8 = 12.5 at 0 digits -> 13; 1/800 = 0.125 at 2 digits -> 0.13.
    expect(formatPercent(1, 8, { maxFractionDigits: 0 })).toEqual({ rate: 13, rateText: '13%' });
    expect(formatPercent(1, 800)).toEqual({ rate: 0.13, rateText: '0,13%' });
    // Just under the half stays down: 19130999/20000000 = 95.654995.
    expect(formatPercent(19130999, 20000000).rate).toBe(95.65);
  });

  it('takes another precision', () => {
    expect(formatPercent(245, 269, { maxFractionDigits: 1 })).toEqual({ rate: 91.1, rateText: '91,1%' });
    expect(formatPercent(22, 23, { maxFractionDigits: 0 })).toEqual({ rate: 96, rateText: '96%' });
  });

  it('refuses negative or fractional counts', () => {
    expect(() => formatPercent(-1, 3)).toThrow(RangeError);
    expect(() => formatPercent(1.5, 3)).toThrow(RangeError);
  });
});

describe('formatCount and formatRatio', () => {
  it('writes thousands the vi-VN way', () => {
    expect(formatCount(3200)).toBe('3.200');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(0)).toBe('0');
  });

  it('writes the leader line', () => {
    expect(formatRatio(22, 23)).toBe('22/23 vụ đạt 95,65%');
    expect(formatRatio(3200, 3200, 'trường hợp')).toBe('3.200/3.200 trường hợp đạt 100%');
    expect(formatRatio(0, 0)).toBe('0/0 vụ');
  });
});
