import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

export type ChangePasswordInput = Schemas['ChangePassword'];

/** Changes one's password; the other sessions end and this one continues with the fresh tokens. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => unwrap(api.POST('/api/v1/me/password', { body: input })),
    onSuccess: (tokens) => sessionStore.set(tokens),
  });
}
