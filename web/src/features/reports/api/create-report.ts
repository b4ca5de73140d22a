import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type CreateReportInput = Schemas['CreateReport'];

/** Starts the report of a period (202 with the generation run, which is then polled). */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportInput) => unwrap<Schemas['ReportRunDto']>(api.POST('/api/v1/reports', { body })),
    onSuccess: (run) => queryClient.setQueryData(reportKeys.run(run.id), run),
  });
}
