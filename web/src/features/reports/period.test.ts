import { describe, expect, it } from 'vitest';
import { choiceOf, dashboardView, periodRange } from './period';

describe('periodRange', () => {
  it('gives calendar periods and the cumulative official period from 15/12', () => {
    expect(periodRange({ kind: 'month', year: 2024, part: 2 })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodRange({ kind: 'quarter', year: 2023, part: 3 })).toEqual({
      from: '2023-07-01',
      to: '2023-09-30',
    });
    expect(periodRange({ kind: 'half', year: 2023, part: 1 })).toEqual({
      from: '2023-01-01',
      to: '2023-06-30',
    });
    expect(periodRange({ kind: 'nine', year: 2023, part: 1 })).toEqual({
      from: '2023-01-01',
      to: '2023-09-30',
    });
    expect(periodRange({ kind: 'year', year: 2023, part: 1 })).toEqual({
      from: '2023-01-01',
      to: '2023-12-31',
    });
    expect(periodRange({ kind: 'official', year: 2023, part: 6 })).toEqual({
      from: '2022-12-15',
      to: '2023-06-14',
    });
  });

  it('reads the fields back from the address, and nothing from an arbitrary range', () => {
    expect(choiceOf('2023-04-01', '2023-06-30')).toEqual({ kind: 'quarter', year: 2023, part: 2 });
    expect(choiceOf('2022-12-15', '2023-12-14')).toEqual({ kind: 'official', year: 2023, part: 12 });
    expect(choiceOf('2023-03-01', '2023-03-31')).toEqual({ kind: 'month', year: 2023, part: 3 });
    expect(choiceOf('2023-03-02', '2023-03-31')).toBeNull();
  });

  it('reads what the dashboard loads from its address: the period, the chart and the reception month', () => {
    const today = new Date(2026, 10, 30);
    expect(dashboardView(new URLSearchParams('from=2022-12-15&to=2023-06-14&unitId=u1'), today)).toEqual({
      q: { from: '2022-12-15', to: '2023-06-14', unitId: 'u1' },
      choice: { kind: 'official', year: 2023, part: 6 },
      current: { kind: 'official', year: 2023, part: 6 },
      month: '2023-06',
      periods: 'official',
    });
    const none = dashboardView(new URLSearchParams(''), today);
    expect(none.q).toEqual({ from: '2026-01-01', to: '2026-12-31', unitId: undefined });
    expect(none.periods).toBe('calendar');
    const odd = dashboardView(new URLSearchParams('from=2023-03-02&to=2023-03-31'), today);
    expect(odd.choice).toBeNull();
    expect(odd.current).toEqual({ kind: 'year', year: 2026, part: 1 });
    expect(odd.month).toBe('2023-03');
  });
});
