import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type CloseDataRequestInput = Schemas['CloseDataSubjectRequest'] & { requestId: string };

/** Closes a data-subject request as completed or refused (a refusal needs the reason). */
export function useCloseDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, ...body }: CloseDataRequestInput) =>
      unwrap(api.POST('/api/v1/data-requests/{requestId}/close', { params: { path: { requestId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}
