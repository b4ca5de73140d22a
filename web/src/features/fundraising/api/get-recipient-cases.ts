import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { fundraisingKey } from './keys';

/** The picked client's open cases (those the caller may see): a distribution on a case shows there as a service delivered. */
export function useRecipientCases(clientId: string | null) {
  return useQuery({
    queryKey: [...fundraisingKey, 'recipient-cases', clientId],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/clients/{clientId}', { params: { path: { clientId: clientId! } }, signal }))).cases.filter((c) => !c.closedOn),
    enabled: Boolean(clientId),
  });
}
