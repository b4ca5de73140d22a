import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PlanDecision } from './review-plan';
import { targetKeys } from './keys';

/** Acknowledges a submitted five-year plan or returns it with a comment. */
export function useReviewFiveYearPlan(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...body }: { planId: string; decision: PlanDecision; comment: string | null; version: string }) =>
      unwrap(api.POST('/api/v1/provinces/{provinceId}/five-year-plans/{planId}/review', { params: { path: { provinceId, planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
