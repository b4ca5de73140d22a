import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FiveYearPlanFields } from './five-year-plan-types';
import { targetKeys } from './keys';

/** Drafts the five-year plan of a period. */
export function useCreateFiveYearPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FiveYearPlanFields & { startYear: number }) => unwrap(api.POST('/api/v1/five-year-plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
