import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** The indicator catalogue with the national targets of the year. */
export function useIndicators(year: number) {
  return useQuery({
    queryKey: targetKeys.indicators(year),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/indicators', { params: { query: { year } }, signal })),
    staleTime: Infinity,
  });
}
