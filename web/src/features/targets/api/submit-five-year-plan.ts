import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { targetKeys } from './keys';

/** Submits the five-year plan to the Health Department. */
export function useSubmitFiveYearPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, version }: { planId: string; version: string }) =>
      unwrap(api.POST('/api/v1/five-year-plans/{planId}/submit', { params: { path: { planId } }, body: { version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}
