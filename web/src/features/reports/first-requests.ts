// What the dashboard asks for before anything else, for its address's period and unit: one list, read by the
// boot script (to start them before the app's code arrives) and by the app (to prime its cache with them).
import type { DashboardView } from './period';

/** The roles that read the reports (and the dashboard). */
export const REPORT_ROLES = ['leader', 'inspector', 'admin'] as const;

export function dashboardFirstRequests(view: DashboardView) {
  return {
    resolution: { path: '/reports/resolution', query: view.q },
    monthly: {
      path: '/reports/resolution/monthly',
      query: { year: view.current.year, periods: view.periods, unitId: view.q.unitId },
    },
    reception: { path: '/reports/reception', query: view.q },
    leaderDays: { path: '/receptions/leader-days', query: { month: view.month, unitId: view.q.unitId } },
    units: { path: '/units', query: {} },
  } as const;
}
