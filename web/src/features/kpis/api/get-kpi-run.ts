import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type KpiRun = Schemas['KpiRunDto'];
export type KpiRunStatus = Schemas['KpiRunStatus'];

export const runIsFinished = (status: KpiRunStatus | undefined) => status === 'Succeeded' || status === 'Failed';

export const kpiRunQuery = (provinceId: string, runId: string) =>
  queryOptions({
    queryKey: kpiKeys.run(provinceId, runId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/kpis/runs/{runId}', { params: { path: { provinceId, runId } }, signal })),
    staleTime: 0,
    // Asks again every second until the background job has succeeded or failed.
    refetchInterval: (query) => (runIsFinished(query.state.data?.status) ? false : 1000),
  });

/**
 * A recomputation's status and progress, polled while it is queued or running (idle without a run).
 * Once it has succeeded, the province's figures and trend are fetched again.
 */
export function useKpiRun(provinceId: string, runId: string | null) {
  const queryClient = useQueryClient();
  const run = useQuery({ ...kpiRunQuery(provinceId, runId ?? ''), enabled: runId !== null });
  const succeeded = run.data?.status === 'Succeeded';

  useEffect(() => {
    if (!succeeded) return;
    void queryClient.invalidateQueries({ queryKey: kpiKeys.figures(provinceId) });
    void queryClient.invalidateQueries({ queryKey: kpiKeys.trend(provinceId) });
  }, [succeeded, runId, provinceId, queryClient]);

  return run;
}
