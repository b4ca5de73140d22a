import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { startSession } from './login';

export type CompleteMfaSignInInput = Schemas['CompleteMfaSignIn'];

/** The second step: a code of the authenticator app or one recovery code. */
export function useCompleteMfaSignIn() {
  return useMutation({
    mutationFn: (input: CompleteMfaSignInInput) => unwrap(api.POST('/api/v1/auth/mfa', { body: input })),
    onSuccess: (result) => startSession(result),
  });
}
