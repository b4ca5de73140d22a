import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { commendationsKey } from './list-nominations';

/** Sends a draft to the Health Department; it no longer changes. */
export function useSubmitNomination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, version }: { nominationId: string; version: string }) =>
      unwrap(api.POST('/api/v1/commendations/nominations/{nominationId}/submit', { params: { path: { nominationId } }, body: { version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationsKey }),
  });
}
