import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type ReceiveDataRequestInput = Schemas['ReceiveDataSubjectRequest'];

/** Records a data subject's request with the date received; the API sets the due date. */
export function useReceiveDataRequest(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReceiveDataRequestInput) =>
      unwrap(api.POST('/api/v1/clients/{clientId}/data-requests', { params: { path: { clientId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
