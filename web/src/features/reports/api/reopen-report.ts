import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReportDecisionInput } from './decision';
import { reportKeys } from './keys';

/** The province officer reopens an approved report for a correction, with the reason. */
export function useReopenReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportDecisionInput) => unwrap(api.POST('/api/v1/reports/{reportId}/reopen', { params: { path: { reportId } }, body })),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(reportId), report);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}
