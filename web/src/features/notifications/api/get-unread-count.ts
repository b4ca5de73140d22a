import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { notificationsKey } from './keys';

/** How often the bell asks (one indexed count on the server): new items show without a page reload. */
export const unreadPollMs = 30_000;

export const unreadCountQuery = () =>
  queryOptions({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/notifications/unread-count', { signal })),
    refetchInterval: unreadPollMs,
  });

export function useUnreadCount() {
  return useQuery(unreadCountQuery());
}
