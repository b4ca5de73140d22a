import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FiveYearPlanFields } from './five-year-plan-types';
import { targetKeys } from './keys';

/** Saves a draft or returned five-year plan (with the version read). */
export function useUpdateFiveYearPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...body }: FiveYearPlanFields & { planId: string; version: string }) =>
      unwrap(api.PUT('/api/v1/five-year-plans/{planId}', { params: { path: { planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
