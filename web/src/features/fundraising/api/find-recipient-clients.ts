import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type RecipientClient = Schemas['ClientSummary'];

/** Registered clients for a distribution's recipient: the API's search ignores accents and matches whole name parts. */
export function useRecipientClients(search: string) {
  return useQuery({
    queryKey: [...fundraisingKey, 'recipient-clients', search],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/clients', { params: { query: { search, page: 1, pageSize: 20 } }, signal }))).items,
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  });
}
