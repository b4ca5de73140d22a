import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { facilityMfaKey } from './facility-mfa-requirement';

/** Requires two-step sign-in of every user of the facility (they set it up at their next sign-in), or stops requiring it. */
export function useSetFacilityMfaRequirement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (required: boolean) => unwrap(api.PUT('/api/v1/facility-mfa-requirement', { body: { required } })),
    onSuccess: (saved) => queryClient.setQueryData(facilityMfaKey, saved),
  });
}
