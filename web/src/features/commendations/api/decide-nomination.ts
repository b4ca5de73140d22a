import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { commendationsKey } from './list-nominations';

/** The province's final decision: awarded (decision number and date) or not (reason). */
export function useDecideNomination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, ...body }: Schemas['DecideNomination'] & { nominationId: string }) =>
      unwrap(api.POST('/api/v1/commendations/nominations/{nominationId}/decision', { params: { path: { nominationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationsKey }),
  });
}
