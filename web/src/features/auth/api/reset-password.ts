import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ResetPasswordInput = Schemas['ResetPassword'];

/** Sets a new password with the token of a reset e-mail. */
export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => unwrap(api.POST('/api/v1/auth/reset-password', { body: input })),
  });
}
