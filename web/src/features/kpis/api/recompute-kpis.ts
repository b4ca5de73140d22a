import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type RecomputeInput = { asOf: string };

/** Queues a background recomputation of the province's KPIs (202 with the run); the run is then polled. */
export function useRecomputeKpis(provinceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecomputeInput) =>
      unwrap<Schemas['KpiRunDto']>(api.POST('/api/v1/provinces/{provinceId}/kpis/recompute', { params: { path: { provinceId } }, body: input })),
    onSuccess: (run) => queryClient.setQueryData(kpiKeys.run(provinceId, run.id), run),
  });
}
