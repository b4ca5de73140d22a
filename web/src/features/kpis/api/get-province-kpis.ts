import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type ProvinceKpis = Schemas['ProvinceKpis'];
export type KpiFigure = Schemas['KpiFigure'];
export type KpiLaggard = Schemas['KpiLaggard'];
export type KpiIndicator = Schemas['KpiIndicator'];

export const provinceKpisQuery = (provinceId: string, asOf: string) =>
  queryOptions({
    queryKey: kpiKeys.figuresAsOf(provinceId, asOf),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/kpis', { params: { path: { provinceId }, query: { asOf } }, signal })),
  });

/**
 * A province's KPI figures as of a date, with the facilities that pull each share down.
 * While another date loads, the previous date's figures of the same province stay on screen.
 */
export function useProvinceKpis(provinceId: string, asOf: string) {
  return useQuery({
    ...provinceKpisQuery(provinceId, asOf),
    placeholderData: (previous) => (previous?.provinceId === provinceId ? previous : undefined),
  });
}
