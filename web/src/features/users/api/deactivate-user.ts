import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { usersKey } from './list-users';

/** Closes an account: it can no longer sign in and its sessions end. */
export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/v1/users/{userId}/deactivate', { params: { path: { userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
