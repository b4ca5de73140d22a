import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { notificationsKey } from './keys';

export type Notification = Schemas['NotificationDto'];
export type NotificationKind = Schemas['NotificationKind'];

export type InboxFilter = { kind?: NotificationKind; unreadFirst: boolean; page: number; pageSize?: number };

/** My inbox, newest first (unread first if asked), one kind or all, paged. */
export const notificationsQuery = ({ kind, unreadFirst, page, pageSize = 50 }: InboxFilter) =>
  queryOptions({
    queryKey: [...notificationsKey, 'list', { kind, unreadFirst, page, pageSize }],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/me/notifications', { params: { query: { kind, unreadFirst, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useNotifications(filter: InboxFilter) {
  return useQuery(notificationsQuery(filter));
}
