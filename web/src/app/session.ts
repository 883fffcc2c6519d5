import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError } from '../api/errors';
import { rememberRole } from './early';

export type SessionUser = Schemas['UserResponseDto'];

export const sessionKeys = { me: ['auth', 'me'] as const };

/** The signed-in user (from the httpOnly session cookie), or null when there is no valid session. */
export const sessionQuery = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      const user = await unwrap(api.GET('/auth/me'));
      rememberRole(user.role);
      return user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        rememberRole(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}
