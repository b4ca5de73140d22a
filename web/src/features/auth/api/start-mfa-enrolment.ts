import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** A new secret (QR code, otpauth:// URI, text), inactive until a code confirms it. */
export function useStartMfaEnrolment() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/mfa/enrolment')) });
}
