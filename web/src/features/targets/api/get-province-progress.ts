import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type ProvinceProgress = Schemas['ProvinceProgress'];
export type ProgressCell = Schemas['ProgressCell'];
export type FacilityProgressRow = Schemas['FacilityProgressRow'];
export type Indicator = Schemas['IndicatorDto'];
export type ProgressState = Schemas['ProgressState'];
export type FacilityGroup = Schemas['FacilityGroup'];

/** Every indicator of every facility of the province as of a date, against its target. */
export function useProvinceProgress(provinceId: string, asOf: string) {
  return useQuery({
    queryKey: targetKeys.provinceProgress(provinceId, asOf),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/progress', { params: { path: { provinceId }, query: { asOf } }, signal })),
    placeholderData: keepPreviousData,
  });
}
