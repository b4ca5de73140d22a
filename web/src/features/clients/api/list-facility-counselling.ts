import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** The facility's counselling sessions held in a date range, latest first (the API returns at most 500). */
export function useFacilityCounselling(from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...clientsKey, 'counselling', 'facility', from, to],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/counselling-sessions', { params: { query: { from: from ?? undefined, to: to ?? undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}
