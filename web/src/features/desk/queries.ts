import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export interface VisitFilters {
  from?: string;
  to?: string;
  category?: 'complaint' | 'denunciation' | 'petition' | 'mixed' | 'other';
  outcome?: 'guided' | 'case_opened' | 'transferred' | 'answered' | 'refused';
  awaitingReply?: 'true';
  q?: string;
  page: number;
}

export const deskKeys = {
  all: ['receptions'] as const,
  list: (filters: VisitFilters) => ['receptions', 'list', filters] as const,
  one: (id: string) => ['receptions', 'one', id] as const,
  leaders: ['staff', 'leader'] as const,
  units: ['units'] as const,
};

export function useVisits(filters: VisitFilters) {
  return useQuery({
    queryKey: deskKeys.list(filters),
    queryFn: () => unwrap(api.GET('/receptions', { params: { query: { ...filters, limit: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

export function useVisit(id: string) {
  return useQuery({
    queryKey: deskKeys.one(id),
    queryFn: () => unwrap(api.GET('/receptions/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/** The leaders who may host a visit (GET /staff, the caller's unit tree). */
export function useLeaders() {
  return useQuery({
    queryKey: deskKeys.leaders,
    queryFn: async () => (await unwrap(api.GET('/staff', { params: { query: { role: 'leader' } } }))).items,
    staleTime: 5 * 60_000,
  });
}

export function useUnits() {
  return useQuery({
    queryKey: deskKeys.units,
    queryFn: () => unwrap(api.GET('/units')),
    staleTime: 5 * 60_000,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: () => unwrap(api.GET('/cases/{id}', { params: { path: { id } } })),
  });
}
