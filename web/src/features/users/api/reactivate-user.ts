import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { usersKey } from './list-users';

/** Opens a deactivated account again. */
export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/v1/users/{userId}/reactivate', { params: { path: { userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
