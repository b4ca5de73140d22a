import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type UpdateClientInput = Schemas['UpdateClient'];

/** Corrects a client's record with the version read; a 409 lists the other clients with these details (see likelyDuplicates). */
export function useUpdateClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateClientInput) => unwrap(api.PUT('/api/v1/clients/{clientId}', { params: { path: { clientId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
