import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { CaseKind, CaseProcedure, CaseStatus } from '../../shared/labels';

export interface CaseFilters {
  kind?: CaseKind;
  procedure?: CaseProcedure;
  status?: CaseStatus;
  unitId?: string;
  assigneeId?: string;
  unassigned?: 'true';
  overdue?: 'true' | 'false';
  dueBefore?: string;
  dueAfter?: string;
  receivedFrom?: string;
  receivedTo?: string;
  q?: string;
  sort?: 'dueDate' | '-dueDate' | 'receivedAt' | '-receivedAt';
  page?: number;
  limit?: number;
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  events: (id: string) => ['cases', 'events', id] as const,
  deadline: (id: string) => ['cases', 'deadline', id] as const,
  staff: ['staff', 'all'] as const,
};

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => unwrap(api.GET('/cases', { params: { query: { limit: 20, ...filters } } })),
    placeholderData: (previous) => previous,
  });
}

/** A count only (limit 1): the worklist tabs' numbers. */
export function useCaseCount(filters: CaseFilters) {
  return useQuery({
    queryKey: ['cases', 'count', filters],
    queryFn: async () =>
      (await unwrap(api.GET('/cases', { params: { query: { ...filters, limit: 1 } } }))).total,
  });
}

export function useCaseDetail(id: string) {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: () => unwrap(api.GET('/cases/{id}', { params: { path: { id } } })),
  });
}

export function useCaseEvents(id: string) {
  return useQuery({
    queryKey: caseKeys.events(id),
    queryFn: () => unwrap(api.GET('/cases/{id}/events', { params: { path: { id } } })),
  });
}

export function useCaseDeadline(id: string) {
  return useQuery({
    queryKey: caseKeys.deadline(id),
    queryFn: () => unwrap(api.GET('/cases/{id}/deadline', { params: { path: { id } } })),
  });
}

/** The people of the caller's unit tree, for the assignee picker and the "Người xử lý" column. */
export function useStaff() {
  return useQuery({
    queryKey: caseKeys.staff,
    queryFn: async () => (await unwrap(api.GET('/staff'))).items,
    staleTime: 5 * 60_000,
  });
}
