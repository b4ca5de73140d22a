import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export function useCreateCharityActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['CreateCharityActivity']) => unwrap(api.POST('/api/v1/charity/activities', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: charityKey }),
  });
}
