import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReportDecisionInput } from './decision';
import { reportKeys } from './keys';

/** The province officer returns a submitted report with a comment. */
export function useReturnReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportDecisionInput) => unwrap(api.POST('/api/v1/reports/{reportId}/return', { params: { path: { reportId } }, body })),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(reportId), report);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}
