import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** The unit head records the legal ground for processing on after a consent was withdrawn (audited by the API). */
export function useRecordLegalGround(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, legalGround }: { consentId: string; legalGround: string }) =>
      unwrap(api.POST('/api/v1/clients/{clientId}/consents/{consentId}/legal-ground', { params: { path: { clientId, consentId } }, body: { legalGround } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
