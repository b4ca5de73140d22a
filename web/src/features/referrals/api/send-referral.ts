import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { caseReferralsKey } from './list-case-referrals';

export type SendReferralInput = Omit<Schemas['SendReferral'], 'caseId'>;

export function useSendReferral(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendReferralInput) => unwrap(api.POST('/api/v1/cases/{caseId}/referrals', { params: { path: { caseId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReferralsKey(caseId) }),
  });
}
