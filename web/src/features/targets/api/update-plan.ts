import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PlanFields } from './plan-types';
import { targetKeys } from './keys';

/** Saves a draft or returned plan (with the version read). */
export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...body }: PlanFields & { planId: string; version: string }) =>
      unwrap(api.PUT('/api/v1/plans/{planId}', { params: { path: { planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
