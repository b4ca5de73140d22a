import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** Changes a target's value (with the version read). */
export function useUpdateTarget(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, value, version }: { targetId: string; value: number; version: string }) =>
      unwrap(api.PUT('/api/v1/provinces/{provinceId}/targets/{targetId}', { params: { path: { provinceId, targetId } }, body: { value, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
