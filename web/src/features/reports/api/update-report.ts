import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type UpdateReportInput = Schemas['UpdateReport'];

/** Saves the unit's parts of a draft or returned report. */
export function useUpdateReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReportInput) => unwrap(api.PUT('/api/v1/reports/{reportId}', { params: { path: { reportId } }, body })),
    onSuccess: (report) => queryClient.setQueryData(reportKeys.detail(reportId), report),
  });
}
