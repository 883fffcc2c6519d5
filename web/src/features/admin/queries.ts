import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { unitsInScope, unitsQuery, type Unit } from '../reports/queries';

export type User = Schemas['UserResponseDto'];
export type MailStatus = Schemas['NotificationResponse']['status'];

/** The audit log's filters (`GET /audit`), without its paging. */
export type AuditFilters = Omit<NonNullable<paths['/audit']['get']['parameters']['query']>, 'page' | 'limit'>;

/** The administration's query keys; the units' key is the one every screen reads the unit tree by. */
export const adminKeys = {
  users: ['users'] as const,
  units: unitsQuery.queryKey,
  calendar: ['calendar'] as const,
  calendarYear: (year: number) => ['calendar', year] as const,
  impact: (date: string | undefined, type: string | undefined) => ['calendar', 'impact', date, type] as const,
  audit: (filters: AuditFilters, page: number) => ['audit', filters, page] as const,
  mails: ['notifications'] as const,
  mailPage: (status: MailStatus | undefined, page: number) => ['notifications', status, page] as const,
};

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => unwrap(api.GET('/users')) });
}

/** The units as a Select's options, indented by their depth in the tree. */
export function unitOptions(units: Unit[]) {
  return unitsInScope(units, null).map((u) => ({
    value: u.id,
    label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`,
  }));
}

/** What adding, changing (`day_off`, `working_day`) or removing (`none`) a day would move: GET /calendar/impact. */
export function useCalendarImpact(date: string, type: 'day_off' | 'working_day' | 'none', enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.impact(date, type),
    enabled,
    queryFn: () => unwrap(api.GET('/calendar/impact', { params: { query: { date, type } } })),
  });
}
