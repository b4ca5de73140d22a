import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type DataSubjectRequest = Schemas['DataSubjectRequestDto'];
export type DataSubjectRequestKind = Schemas['DataSubjectRequestKind'];

/** The client's data-subject requests (unit head only), with due dates and status. */
export function useClientDataRequests(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...clientsKey, 'data-requests', clientId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/clients/{clientId}/data-requests', { params: { path: { clientId } }, signal })),
    enabled,
  });
}
