import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PlanFields } from './plan-types';
import { targetKeys } from './keys';

/** Drafts the plan of a year. */
export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanFields & { year: number }) => unwrap(api.POST('/api/v1/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
