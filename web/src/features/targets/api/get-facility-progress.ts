import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type FacilityProgress = Schemas['FacilityProgress'];
export type PlanTargetProgress = Schemas['PlanTargetProgress'];

/** One facility's indicators against its targets as of a date (the own facility, or one of the province's). */
export function useFacilityProgress(facilityId: string | null | undefined, asOf: string, trend = false) {
  return useQuery({
    queryKey: targetKeys.facilityProgress(facilityId ?? '', asOf, trend),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/facilities/{facilityId}/progress', { params: { path: { facilityId: facilityId! }, query: { asOf, trend } }, signal })),
    enabled: Boolean(facilityId),
    placeholderData: keepPreviousData,
  });
}
