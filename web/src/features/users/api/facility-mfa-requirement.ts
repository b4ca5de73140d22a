import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type FacilityMfaRequirement = Schemas['FacilityMfaRequirement'];

export const facilityMfaKey = ['users', 'facility-mfa-requirement'] as const;

/** Whether the facility admin's facility requires two-step sign-in of its users, and how many have not set it up. */
export function useFacilityMfaRequirement(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: facilityMfaKey,
      queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facility-mfa-requirement', { signal })),
      enabled,
    }),
  );
}
