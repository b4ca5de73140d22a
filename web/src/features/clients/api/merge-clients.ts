import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export function useMergeClients(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { duplicateId: string; version: string }) =>
      unwrap(api.POST('/api/v1/clients/{clientId}/merge', { params: { path: { clientId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
