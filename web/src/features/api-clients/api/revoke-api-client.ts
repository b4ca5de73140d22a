import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { apiClientsKey } from './list-api-clients';

/** Revokes a client: the API refuses its tokens from now on. It cannot be undone. */
export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apiClientId: string) =>
      unwrap(api.POST('/api/v1/api-clients/{apiClientId}/revoke', { params: { path: { apiClientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsKey }),
  });
}
