import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type VietnameseBank = Schemas['VietnameseBank'];

/** The banks (with their NAPAS BINs) a campaign's transfer account may be at: shipped with the API, they rarely change. */
export const banksQuery = () =>
  queryOptions({
    queryKey: [...fundraisingKey, 'banks'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/banks', { signal })),
    staleTime: Infinity,
  });

export function useBanks(enabled: boolean) {
  return useQuery({ ...banksQuery(), enabled });
}
