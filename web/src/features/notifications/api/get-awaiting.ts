import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { notificationsKey } from './keys';
import { unreadPollMs } from './get-unread-count';

export type AwaitingCount = Schemas['AwaitingCount'];

/** "Việc chờ tôi": my unread items that ask me to act, per kind. */
export const awaitingQuery = () =>
  queryOptions({
    queryKey: [...notificationsKey, 'awaiting'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/notifications/awaiting', { signal })),
    refetchInterval: unreadPollMs,
  });

export function useAwaiting() {
  return useQuery(awaitingQuery());
}
