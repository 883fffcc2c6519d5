import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { dashboardFirstRequests } from './first-requests';
import type { DashboardView } from './period';
import type { ReportKind } from './sentence';

export type Unit = Schemas['UnitResponseDto'];
/** A number of the resolution report that lists its cases (the drill-down), as the API names it. */
export type Bucket = operations['ReportsController_cases']['parameters']['query']['bucket'];

export interface ReportQuery {
  from: string;
  to: string;
  unitId?: string;
}

export function resolutionQuery(q: ReportQuery) {
  return queryOptions({
    queryKey: ['reports', 'resolution', q],
    queryFn: () => unwrap(api.GET('/reports/resolution', { params: { query: q } })),
  });
}

export function receptionQuery(q: ReportQuery) {
  return queryOptions({
    queryKey: ['reports', 'reception', q],
    queryFn: () => unwrap(api.GET('/reports/reception', { params: { query: q } })),
  });
}

export function leaderDaysQuery(month: string, unitId?: string) {
  return queryOptions({
    queryKey: ['reports', 'leader-days', month, unitId],
    queryFn: () => unwrap(api.GET('/receptions/leader-days', { params: { query: { month, unitId } } })),
  });
}

export function monthlyQuery(year: number, periods: 'calendar' | 'official', unitId?: string) {
  return queryOptions({
    queryKey: ['reports', 'monthly', year, periods, unitId],
    queryFn: () =>
      unwrap(api.GET('/reports/resolution/monthly', { params: { query: { year, periods, unitId } } })),
  });
}

export const unitsQuery = queryOptions({
  queryKey: ['units'],
  queryFn: () => unwrap(api.GET('/units')),
  staleTime: 300_000,
});

export function useResolution(q: ReportQuery) {
  return useQuery(resolutionQuery(q));
}

export function useReception(q: ReportQuery) {
  return useQuery(receptionQuery(q));
}

export function useLeaderDays(month: string, unitId?: string) {
  return useQuery(leaderDaysQuery(month, unitId));
}

export function useMonthly(year: number, periods: 'calendar' | 'official', unitId?: string) {
  return useQuery(monthlyQuery(year, periods, unitId));
}

export function useDrillDown(q: (ReportQuery & { kind: ReportKind; bucket: Bucket; page: number }) | null) {
  return useQuery({
    queryKey: ['reports', 'cases', q],
    enabled: q !== null,
    queryFn: () => unwrap(api.GET('/reports/resolution/cases', { params: { query: { ...q!, limit: 20 } } })),
  });
}

export function useUnits() {
  return useQuery(unitsQuery);
}

/** The units a user may report on: their own unit and everything under it (an admin without unit: all). */
export function unitsInScope(units: Unit[], rootId: string | null | undefined): (Unit & { depth: number })[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  }
  const known = new Set(units.map((u) => u.id));
  const roots =
    rootId && known.has(rootId)
      ? units.filter((u) => u.id === rootId)
      : units.filter((u) => !u.parentId || !known.has(u.parentId));
  const out: (Unit & { depth: number })[] = [];
  const walk = (u: Unit, depth: number) => {
    out.push({ ...u, depth });
    for (const c of (children.get(u.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      walk(c, depth + 1);
    }
  };
  roots.sort((a, b) => a.name.localeCompare(b.name, 'vi')).forEach((r) => walk(r, 0));
  return out;
}

/** Starts loading the figures the dashboard shows first, for its address's period and unit. */
export function prefetchDashboard(client: QueryClient, view: DashboardView): void {
  // The same requests the page's boot script starts (first-requests.ts), whose answers the client takes.
  const { resolution, monthly, reception, leaderDays } = dashboardFirstRequests(view);
  void client.prefetchQuery(resolutionQuery(resolution.query));
  void client.prefetchQuery(monthlyQuery(monthly.query.year, monthly.query.periods, monthly.query.unitId));
  void client.prefetchQuery(receptionQuery(reception.query));
  void client.prefetchQuery(leaderDaysQuery(leaderDays.query.month, leaderDays.query.unitId));
  void client.prefetchQuery(unitsQuery);
}
