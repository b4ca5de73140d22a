import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ProvinceSummary = Schemas['ProvinceSummary'];

export const provincesQuery = () =>
  queryOptions({
    queryKey: ['provinces'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces', { signal })),
    staleTime: 10 * 60_000,
  });

/** The provinces the caller may see: the dashboard's province picker for platform admins. */
export function useProvinces({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...provincesQuery(), enabled });
}
