import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

/** Recomputes a draft or returned report's figures in the background. */
export function useRegenerateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reportId: string) =>
      unwrap<Schemas['ReportRunDto']>(api.POST('/api/v1/reports/{reportId}/regenerate', { params: { path: { reportId } } })),
    onSuccess: (run) => queryClient.setQueryData(reportKeys.run(run.id), run),
  });
}
