import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type CreateTargetBody = Schemas['CreateTarget'];

/** Sets a target for a facility group or one facility. */
export function useCreateTarget(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTargetBody) => unwrap(api.POST('/api/v1/provinces/{provinceId}/targets', { params: { path: { provinceId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
