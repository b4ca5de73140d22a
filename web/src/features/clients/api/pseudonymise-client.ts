import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** Replaces the client's identifiers; records, figures and ledger totals stay. */
export function usePseudonymiseClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/clients/{clientId}/pseudonymisation', { params: { path: { clientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
