import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type ClientDetail = Schemas['ClientDetail'];

/** The client's page: full identifiers for permitted users (the API audits each such view). */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: [...clientsKey, 'detail', clientId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/clients/{clientId}', { params: { path: { clientId } }, signal })),
  });
}
