import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** Removes a target: the group's or the national one applies again. */
export function useDeleteTarget(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, version }: { targetId: string; version: string }) =>
      unwrap(api.DELETE('/api/v1/provinces/{provinceId}/targets/{targetId}', { params: { path: { provinceId, targetId }, query: { version } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
