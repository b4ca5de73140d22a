import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** The plans the province's facilities submitted for a year. */
export function useProvincePlans(provinceId: string, year: number) {
  return useQuery({
    queryKey: targetKeys.provincePlans(provinceId, year),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/plans', { params: { path: { provinceId }, query: { year } }, signal })),
  });
}
