import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { KpiIndicator } from './get-province-kpis';
import { kpiKeys } from './keys';

export type LaggardPageRequest = { indicator: KpiIndicator; asOf: string; search?: string; page: number; pageSize: number };

/** Every facility that pulls one indicator's share down, a page at a time (the figures carry only the first few). */
export function useKpiLaggards(provinceId: string, request: LaggardPageRequest, enabled: boolean) {
  return useQuery({
    queryKey: [...kpiKeys.figuresAsOf(provinceId, request.asOf), 'laggards', request] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/provinces/{provinceId}/kpis/laggards', {
          params: { path: { provinceId }, query: { ...request, search: request.search || undefined } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
