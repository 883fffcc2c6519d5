import { createQuerySerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { dashboardFirstRequests } from '../features/reports/first-requests';
import { dashboardView } from '../features/reports/period';
import { requestKey, requestKeyOf } from './early';

/** The URL the app's client (openapi-fetch) asks for, as its own serializer writes the query. */
function clientUrl(path: string, query: Record<string, unknown>): URL {
  const search = createQuerySerializer()(query);
  return new URL(`${path}${search ? `?${search}` : ''}`, 'http://localhost');
}

describe('early requests', () => {
  it('are found again under the URL the client builds, whatever the order and the absent parameters', () => {
    for (const address of [
      '',
      '?from=2024-01-01&to=2024-12-31',
      '?from=2023-12-15&to=2024-06-14&unitId=7f0c2a34-0d1e-4a55-9a4f-0c5b7f1d2e3a',
    ]) {
      const requests = Object.values(dashboardFirstRequests(dashboardView(new URLSearchParams(address))));
      expect(requests).toHaveLength(5);
      for (const r of requests) {
        expect(requestKeyOf(clientUrl(r.path, r.query))).toBe(requestKey(r.path, r.query));
      }
    }
  });

  it('keys a request by its path and sorted parameters, leaving out empty ones', () => {
    expect(
      requestKey('/reports/resolution', { to: '2024-12-31', from: '2024-01-01', unitId: undefined }),
    ).toBe('/reports/resolution?from=2024-01-01&to=2024-12-31');
    expect(requestKey('/units', {})).toBe('/units');
    expect(requestKey('/reports/resolution/monthly', { year: 2024, periods: 'official' })).toBe(
      '/reports/resolution/monthly?periods=official&year=2024',
    );
    expect(requestKey('/x', { q: 'Nguyễn Văn A' })).not.toBe(requestKey('/x', { q: 'Nguyen Van A' }));
  });
});
