import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referralsKey } from './list-referral-inbox';

/** Facilities of my province a referral may go to, 20 at a time. */
export function useReferralReceivers(search: string) {
  return useQuery({
    queryKey: [...referralsKey, 'receivers', search],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/referrals/receivers', { params: { query: { search: search || undefined } }, signal })),
    placeholderData: keepPreviousData,
  });
}
