import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReportDecisionInput } from './decision';
import { reportKeys } from './keys';

/** The unit head sends the report to the province; its figures are frozen. */
export function useSubmitReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportDecisionInput) => unwrap(api.POST('/api/v1/reports/{reportId}/submit', { params: { path: { reportId } }, body })),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(reportId), report);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}
