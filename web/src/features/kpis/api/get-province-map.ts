import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type ProvinceMap = Schemas['ProvinceMap'];
export type MapCommune = Schemas['MapCommune'];
export type MapFacility = Schemas['MapFacility'];

/** The province's official communes with their facilities, each facility's unit status and KPI standing as of a date. */
export function useProvinceMap(provinceId: string, asOf: string) {
  return useQuery({
    queryKey: [...kpiKeys.figuresAsOf(provinceId, asOf), 'map'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/kpis/map', { params: { path: { provinceId }, query: { asOf } }, signal })),
    placeholderData: keepPreviousData,
  });
}
