import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export function useCreateCharitySchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['CreateCharitySchedule']) => unwrap(api.POST('/api/v1/charity/schedules', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: charityKey }),
  });
}
