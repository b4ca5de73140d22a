import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { referralsKey } from './list-referral-inbox';

/** Accepts (opening our own linked case) or declines with a reason. */
export function useAnswerReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, ...body }: { referralId: string; accept: boolean; declineReason: string | null; version: string }) =>
      unwrap(api.POST('/api/v1/referrals/inbox/{referralId}/answer', { params: { path: { referralId } }, body: { ...body, assignedWorkerId: null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsKey }),
  });
}
