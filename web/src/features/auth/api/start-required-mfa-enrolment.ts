import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** An account that must have MFA and has none: its sign-in challenge starts enrolment. */
export function useStartRequiredMfaEnrolment() {
  return useMutation({
    mutationFn: (challenge: string) => unwrap(api.POST('/api/v1/auth/mfa/enrolment', { body: { challenge } })),
  });
}
