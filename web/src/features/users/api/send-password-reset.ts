import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** E-mails the user a link to choose a new password (their current one works until then). */
export function useSendPasswordReset() {
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/v1/users/{userId}/password-reset', { params: { path: { userId } } })),
  });
}
