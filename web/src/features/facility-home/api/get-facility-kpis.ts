import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type FacilityKpis = Schemas['FacilityKpis'];

/** Where the facility stands today: its unit, whether it counts toward the province target, the province's share. */
export const facilityKpisQuery = (facilityId: string) =>
  queryOptions({
    queryKey: ['facility-home', 'kpis', facilityId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{facilityId}/kpis', { params: { path: { facilityId } }, signal })),
  });

export function useFacilityKpis(facilityId: string) {
  return useQuery(facilityKpisQuery(facilityId));
}
