import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { usersKey } from './list-users';

/** E-mails a new invitation link; the links sent before stop working. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/v1/users/{userId}/resend-invitation', { params: { path: { userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
