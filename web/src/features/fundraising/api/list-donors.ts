import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type Donor = Schemas['DonorSummary'];

export const donorsQuery = (search: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'donors', search],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/fundraising/donors', { params: { query: { search: search || undefined, pageSize: 200 } }, signal }))).items,
    placeholderData: keepPreviousData,
  });

export function useDonors(search = '') {
  return useQuery(donorsQuery(search));
}
