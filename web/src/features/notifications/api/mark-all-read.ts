import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { NotificationKind } from './get-notifications';
import { notificationsKey } from './keys';

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind?: NotificationKind) => unwrap(api.POST('/api/v1/me/notifications/read-all', { body: { kind: kind ?? null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
