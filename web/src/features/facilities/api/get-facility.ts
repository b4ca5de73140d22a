import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { facilityKeys } from './list-facilities';

export type FacilityProfile = Schemas['FacilityProfile'];
export type UnitStatusEntry = Schemas['UnitStatusEntry'];

export const facilityQuery = (facilityId: string) =>
  queryOptions({
    queryKey: facilityKeys.detail(facilityId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{facilityId}', { params: { path: { facilityId } }, signal })),
  });

/** A facility's profile with its social-work unit's whole history (404 when the caller may not see it). */
export function useFacility(facilityId: string) {
  return useQuery(facilityQuery(facilityId));
}
