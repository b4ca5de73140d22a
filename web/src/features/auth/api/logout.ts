import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

/** Ends the session on the server (its refresh token stops working) and forgets everything cached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const session = sessionStore.get();
      if (session) await api.POST('/api/v1/auth/logout', { body: { refreshToken: session.refreshToken } }).catch(() => undefined);
    },
    onSettled: () => {
      sessionStore.set(null);
      queryClient.clear();
    },
  });
}
