import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ReferralPackage = Schemas['ReferralPackageDto'];
export const referralsKey = ['referrals'] as const;

/** Referrals other facilities sent to mine: only the packages they chose to share. */
export function useReferralInbox() {
  return useQuery({
    queryKey: [...referralsKey, 'inbox'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/referrals/inbox', { signal })),
  });
}
