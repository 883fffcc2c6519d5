import { reconcilePeriod, reconcileSeries, type PeriodRows } from './reconciliation.js';
import { buildResolutionRows, ZERO_COUNTS } from './resolution-rows.js';
import { type ResolutionCounts } from '../../cases/statistics/statistics-types.js';

function counts(fields: Partial<ResolutionCounts>): ResolutionCounts {
  return { ...ZERO_COUNTS, ...fields };
}

const JAN: PeriodRows = {
  from: '2023-01-01',
  to: '2023-01-31',
  rows: buildResolutionRows({
    complaint: counts({ carriedOver: 2, accepted: 3, total: 5, resolved: 4, pending: 1, resolvedOnTime: 3 }),
    civil_status: counts({ total: 10, resolved: 10, resolvedOnTime: 9, pending: 2 }),
  }),
};
const FEB: PeriodRows = {
  from: '2023-02-01',
  to: '2023-02-28',
  rows: buildResolutionRows({
    complaint: counts({ carriedOver: 1, accepted: 1, total: 2, resolved: 1, pending: 1, resolvedOnTime: 1 }),
    civil_status: counts({ total: 4, resolved: 4, resolvedOnTime: 4, pending: 0 }),
  }),
};
const BOTH: PeriodRows = {
  from: '2023-01-01',
  to: '2023-02-28',
  rows: buildResolutionRows({
    complaint: counts({ carriedOver: 2, accepted: 4, total: 6, resolved: 5, pending: 1, resolvedOnTime: 4 }),
    civil_status: counts({ total: 14, resolved: 14, resolvedOnTime: 13, pending: 0 }),
  }),
};

describe('buildResolutionRows', () => {
  it('adds complaints and denunciations, and rates HT/CT on time', () => {
    const rows = buildResolutionRows({
      complaint: counts({
        carriedOver: 2,
        accepted: 21,
        total: 23,
        resolved: 22,
        pending: 1,
        resolvedOnTime: 20,
      }),
      denunciation: counts({ total: 2, accepted: 2, resolved: 1, pending: 1 }),
      civil_status: counts({ total: 410, resolved: 410, resolvedOnTime: 410 }),
    });
    expect(rows.map((r) => r.kind)).toEqual([
      'complaint',
      'denunciation',
      'petition',
      'complaint_denunciation',
      'civil_status',
      'certification',
    ]);
    expect(rows[0]).toMatchObject({ total: 23, resolved: 22, rate: 95.65, rateText: '95,65%' });
    expect(rows[2]).toMatchObject({ total: 0, rate: null, rateText: null });
    expect(rows[3]).toMatchObject({
      carriedOver: 2,
      accepted: 23,
      total: 25,
      resolved: 23,
      rate: 92,
      rateText: '92%',
    });
    expect(rows[4]).toMatchObject({
      carriedOver: null,
      accepted: null,
      total: 410,
      rate: 100,
      rateText: '100%',
    });
  });
});

describe('reconciliation', () => {
  it('passes consistent figures', () => {
    expect(reconcilePeriod(JAN)).toEqual({ ok: true, failures: [] });
    expect(reconcileSeries([JAN, FEB], BOTH)).toEqual({ ok: true, failures: [] });
  });

  it('fails when total is not resolved + pending', () => {
    const broken: PeriodRows = {
      ...JAN,
      rows: buildResolutionRows({
        complaint: counts({ carriedOver: 2, accepted: 3, total: 5, resolved: 4, pending: 2 }),
      }),
    };
    const result = reconcilePeriod(broken);
    expect(result.ok).toBe(false);
    expect(result.failures).toContainEqual({
      check: 'total = resolved + pending',
      kind: 'complaint',
      period: '2023-01-01..2023-01-31',
      expected: 5,
      actual: 6,
    });
  });

  it("fails when one period's pending is not the next one's carried over", () => {
    const feb: PeriodRows = {
      ...FEB,
      rows: buildResolutionRows({
        complaint: counts({
          carriedOver: 0,
          accepted: 2,
          total: 2,
          resolved: 1,
          pending: 1,
          resolvedOnTime: 1,
        }),
        civil_status: counts({ total: 4, resolved: 4, resolvedOnTime: 4 }),
      }),
    };
    const result = reconcileSeries([JAN, feb], BOTH);
    expect(result.ok).toBe(false);
    expect(result.failures).toContainEqual({
      check: 'pending = next carriedOver',
      kind: 'complaint',
      period: '2023-01-01..2023-01-31 -> 2023-02-01..2023-02-28',
      expected: 1,
      actual: 0,
    });
  });

  it('fails on a gap between periods and on a whole that is not the sum', () => {
    const late = { ...FEB, from: '2023-02-02' };
    const result = reconcileSeries([JAN, late], { ...BOTH, rows: JAN.rows });
    expect(result.failures.map((f) => f.check)).toEqual(
      expect.arrayContaining(['next period starts the day after', 'resolved = sum of the periods']),
    );
  });
});
