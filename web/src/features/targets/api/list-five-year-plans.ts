import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** The facility's five-year plans. */
export function useFiveYearPlans() {
  return useQuery({ queryKey: targetKeys.fiveYearPlans, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/five-year-plans', { signal })) });
}
