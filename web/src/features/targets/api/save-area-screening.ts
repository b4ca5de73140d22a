import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type SaveAreaScreeningBody = Schemas['SaveAreaScreening'];

/** Declares or corrects the station's area figures of a year; the shares of the whole feature change with them. */
export function useSaveAreaScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAreaScreeningBody) => unwrap(api.PUT('/api/v1/area-screening', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
