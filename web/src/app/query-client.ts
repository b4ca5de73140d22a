import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '@/lib/api/problem';

/**
 * The portal's one query cache. It exists before React renders, so the first API calls (who is signed in,
 * the first screen's data) start while the screen's code is still on its way (issue 19: round trips).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; network blips and 5xx get one more try.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 1,
    },
  },
});
