import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

export type LoginInput = Schemas['Login'];
export type SignInResult = Schemas['SignInResult'];
export type MfaChallenge = Schemas['MfaChallenge'];

/** Starts the session a completed sign-in answered with; false when it answered with the MFA step instead. */
export function startSession(result: SignInResult) {
  if (!result.accessToken || !result.refreshToken || !result.expiresAt) return false;
  sessionStore.set({ accessToken: result.accessToken, refreshToken: result.refreshToken, expiresAt: result.expiresAt });
  return true;
}

/** The password step: tokens, or (with MFA) the challenge of the second step. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (result) => {
      queryClient.clear();
      startSession(result);
    },
  });
}
