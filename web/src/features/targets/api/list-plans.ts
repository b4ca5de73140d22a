import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** The facility's annual plans. */
export function usePlans() {
  return useQuery({ queryKey: targetKeys.plans, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/plans', { signal })) });
}
