import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ProvinceActivities = Schemas['ProvinceActivities'];
export type FacilityActivityFigures = Schemas['FacilityActivityFigures'];

export const provinceActivitiesQuery = (provinceId: string, year: number) =>
  queryOptions({
    queryKey: ['province-activities', provinceId, year],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/activities', { params: { path: { provinceId }, query: { year } }, signal })),
  });

export function useProvinceActivities(provinceId: string | null, year: number) {
  return useQuery({ ...provinceActivitiesQuery(provinceId ?? '', year), enabled: provinceId !== null });
}
