import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ApiClient = Schemas['ApiClientDto'];

export const apiClientsKey = ['api-clients', 'list'] as const;

/** The third-party clients the caller manages: its facility's, or every one for a platform admin. Newest first. */
export const apiClientsQuery = () =>
  queryOptions({
    queryKey: apiClientsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/api-clients', { signal })),
  });

export function useApiClients() {
  return useQuery(apiClientsQuery());
}
