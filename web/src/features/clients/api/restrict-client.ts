import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** Restricts processing of the client's data: read-only, out of lists and search. */
export function useRestrictClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/clients/{clientId}/restriction', { params: { path: { clientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
