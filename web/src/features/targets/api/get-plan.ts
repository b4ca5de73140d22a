import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** One annual plan with its targets and activities. */
export function usePlan(planId: string | null) {
  return useQuery({
    queryKey: targetKeys.plan(planId ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId: planId! } }, signal })),
    enabled: planId !== null,
  });
}
