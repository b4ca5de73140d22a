import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const provincesQuery = () =>
  queryOptions({
    queryKey: ['users', 'provinces'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces', { signal })),
    staleTime: 10 * 60_000,
  });

export function useProvinces(enabled: boolean) {
  return useQuery({ ...provincesQuery(), enabled });
}
