import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** A submitted or acknowledged five-year plan of a facility of the province. */
export function useProvinceFiveYearPlan(provinceId: string, planId: string | null) {
  return useQuery({
    queryKey: [...targetKeys.all, 'province-five-year-plan', provinceId, planId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/five-year-plans/{planId}', { params: { path: { provinceId, planId: planId! } }, signal })),
    enabled: planId !== null,
  });
}
