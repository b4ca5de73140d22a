import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { communicationKey } from './keys';

export function useCreateCommunicationItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['CreateCommunicationItem']) => unwrap(api.POST('/api/v1/communication/items', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationKey }),
  });
}
