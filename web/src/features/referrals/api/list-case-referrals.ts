import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { referralsKey } from './list-referral-inbox';

export type Referral = Schemas['ReferralDto'];
export const caseReferralsKey = (caseId: string) => [...referralsKey, 'case', caseId] as const;

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: caseReferralsKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/{caseId}/referrals', { params: { path: { caseId } }, signal })),
  });
}
