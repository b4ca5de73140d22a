import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** The five-year plans the province's facilities submitted for a period (submitted or acknowledged). */
export function useProvinceFiveYearPlans(provinceId: string, startYear: number) {
  return useQuery({
    queryKey: targetKeys.provinceFiveYearPlans(provinceId, startYear),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/five-year-plans', { params: { path: { provinceId }, query: { startYear } }, signal })),
  });
}
