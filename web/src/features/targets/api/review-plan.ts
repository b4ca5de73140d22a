import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type PlanDecision = Schemas['PlanDecision'];

/** Acknowledges a submitted plan or returns it with a comment. */
export function useReviewPlan(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...body }: { planId: string; decision: PlanDecision; comment: string | null; version: string }) =>
      unwrap(api.POST('/api/v1/provinces/{provinceId}/plans/{planId}/review', { params: { path: { provinceId, planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
