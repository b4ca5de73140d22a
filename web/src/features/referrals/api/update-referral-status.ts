import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { caseReferralsKey } from './list-case-referrals';

export type ReferralStatus = Schemas['ReferralStatus'];

export function useUpdateReferralStatus(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, ...body }: { referralId: string; status: ReferralStatus; outcome: string | null; version: string }) =>
      unwrap(api.POST('/api/v1/cases/{caseId}/referrals/{referralId}/status', { params: { path: { caseId, referralId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReferralsKey(caseId) }),
  });
}
