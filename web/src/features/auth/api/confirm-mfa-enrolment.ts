import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { mfaStatusKey } from './mfa-status';

/** Turns MFA on with a first code; answers the recovery codes, shown once. */
export function useConfirmMfaEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/me/mfa/enrolment/confirm', { body: { code } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}
