import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ForgotPasswordInput = Schemas['ForgotPassword'];

/** Asks for a reset link by e-mail; the answer is the same whether or not the address has an account. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: (input: ForgotPasswordInput) => unwrap(api.POST('/api/v1/auth/forgot-password', { body: input })),
  });
}
