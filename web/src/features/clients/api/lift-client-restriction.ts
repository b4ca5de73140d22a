import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** Lifts the restriction: the record is writable and listed again. */
export function useLiftClientRestriction(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/clients/{clientId}/restriction', { params: { path: { clientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
