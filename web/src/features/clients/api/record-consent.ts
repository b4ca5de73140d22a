import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type RecordConsentInput = Omit<Schemas['RecordConsent'], 'clientId'>;

export function useRecordConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordConsentInput) => unwrap(api.POST('/api/v1/clients/{clientId}/consents', { params: { path: { clientId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
