import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { commendationsKey } from './list-nominations';

/** Discards a draft. */
export function useDeleteNomination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (nominationId: string) => unwrap(api.DELETE('/api/v1/commendations/nominations/{nominationId}', { params: { path: { nominationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationsKey }),
  });
}
