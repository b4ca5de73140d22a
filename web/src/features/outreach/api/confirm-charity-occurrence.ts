import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export function useConfirmCharityOccurrence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scheduleId, date, input }: { scheduleId: string; date: string; input: Schemas['ConfirmCharityOccurrence'] }) =>
      unwrap(api.POST('/api/v1/charity/schedules/{scheduleId}/occurrences/{date}/confirm', { params: { path: { scheduleId, date } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: charityKey }),
  });
}
