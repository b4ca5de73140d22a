import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export function useWithdrawConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, withdrawnOn }: { consentId: string; withdrawnOn: string }) =>
      unwrap(api.POST('/api/v1/clients/{clientId}/consents/{consentId}/withdraw', { params: { path: { clientId, consentId } }, body: { withdrawnOn } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
