import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { commendationsKey } from './list-nominations';

export type NominationFields = Schemas['CreateNomination'];

/** Drafts a nomination, or edits a draft (with the version read). */
export function useSaveNomination() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, version, ...body }: NominationFields & { nominationId?: string; version?: string }) =>
      nominationId && version
        ? unwrap(api.PUT('/api/v1/commendations/nominations/{nominationId}', { params: { path: { nominationId } }, body: { ...body, version } }))
        : unwrap(api.POST('/api/v1/commendations/nominations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commendationsKey }),
  });
}
