import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type RecordCounsellingInput = Schemas['RecordCounsellingSession'];

export function useRecordCounsellingSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCounsellingInput) => unwrap(api.POST('/api/v1/counselling-sessions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...clientsKey, 'counselling'] }),
  });
}
