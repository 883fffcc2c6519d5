import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

/** The app's one cache of server data. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
