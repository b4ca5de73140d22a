import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type MfaStatus = Schemas['MfaStatus'];
export type MfaEnrolment = Schemas['MfaEnrolment'];

export const mfaStatusKey = ['me', 'mfa'] as const;

/** The signed-in user's two-step sign-in: on or off, required or not, recovery codes left. */
export function useMfaStatus() {
  return useQuery(
    queryOptions({ queryKey: mfaStatusKey, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/mfa', { signal })) }),
  );
}
