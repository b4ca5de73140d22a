import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ProvinceSummary = Schemas['ProvinceSummary'];

/** The provinces the caller may see; they rarely change, so one cached list serves every screen. */
export const provincesQuery = () =>
  queryOptions({
    queryKey: ['provinces'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces', { signal })),
    staleTime: 10 * 60_000,
  });

/**
 * The provinces for a picker or a filter (the dashboard's province picker, the registry's province filter,
 * the province an account or API client is bound to). Only platform admins see several: callers usually
 * pass `enabled` so nobody else asks.
 */
export function useProvinces({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...provincesQuery(), enabled });
}
