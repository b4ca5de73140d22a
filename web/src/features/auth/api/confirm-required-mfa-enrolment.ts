import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ConfirmRequiredMfaEnrolmentInput = Schemas['ConfirmRequiredMfaEnrolment'];

/** Confirms the required enrolment: the tokens and the recovery codes (the session starts once the codes are saved). */
export function useConfirmRequiredMfaEnrolment() {
  return useMutation({
    mutationFn: (input: ConfirmRequiredMfaEnrolmentInput) => unwrap(api.POST('/api/v1/auth/mfa/enrolment/confirm', { body: input })),
  });
}
