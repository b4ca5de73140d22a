import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type KpiTrend = Schemas['KpiTrend'];

export const kpiTrendQuery = (provinceId: string) =>
  queryOptions({
    queryKey: kpiKeys.trend(provinceId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/kpis/trend', { params: { path: { provinceId } }, signal })),
  });

/** The stored snapshots of a province over the years, with the yearly preventive targets (30 % in 2025 → 60 % in 2030). */
export function useKpiTrend(provinceId: string) {
  return useQuery(kpiTrendQuery(provinceId));
}
