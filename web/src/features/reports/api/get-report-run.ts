import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ReportRun = Schemas['ReportRunDto'];

export const runIsFinished = (status: ReportRun['status'] | undefined) => status === 'Succeeded' || status === 'Failed';

/** A generation's progress, polled every second until it has succeeded or failed; then the report is fetched again. */
export function useReportRun(runId: string | null, onSucceeded?: (run: ReportRun) => void) {
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: reportKeys.run(runId ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reports/runs/{runId}', { params: { path: { runId: runId! } }, signal })),
    enabled: runId !== null,
    staleTime: 0,
    refetchInterval: (query) => (runIsFinished(query.state.data?.status) ? false : 1000),
  });
  const succeeded = run.data?.status === 'Succeeded' ? run.data : null;
  useEffect(() => {
    if (!succeeded) return;
    void queryClient.invalidateQueries({ queryKey: reportKeys.detail(succeeded.reportId) });
    void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    onSucceeded?.(succeeded);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished run
  }, [succeeded?.id]);
  return run;
}
