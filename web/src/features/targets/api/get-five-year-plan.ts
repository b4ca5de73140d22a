import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** One five-year plan with its goals and yearly targets. */
export function useFiveYearPlan(planId: string | null) {
  return useQuery({
    queryKey: targetKeys.fiveYearPlan(planId ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/five-year-plans/{planId}', { params: { path: { planId: planId! } }, signal })),
    enabled: planId !== null,
  });
}
