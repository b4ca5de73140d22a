import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { apiClientsKey } from './list-api-clients';

export type CreateApiClientInput = Schemas['CreateApiClient'];
export type CreatedApiClient = Schemas['CreatedApiClient'];

/** Registers a client; the answer carries its secret, which the API stores hashed and never returns again. */
export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiClientInput) => unwrap(api.POST('/api/v1/api-clients', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsKey }),
  });
}
