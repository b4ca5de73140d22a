import { Anchor, Badge, Button, Group, Pagination, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate, formatDateTime } from '@/lib/format';
import { useNotifications, type Notification, type NotificationKind } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { notificationKinds } from './kinds';

const pageSize = 50;

/** Items grouped by the day they arrived, in the order the API gave them. */
function byDay(items: Notification[]) {
  const groups: { day: string; items: Notification[] }[] = [];
  for (const item of items) {
    const day = formatDate(item.createdAt);
    const last = groups[groups.length - 1];
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** My inbox: newest first (or unread first), grouped by day, one kind or all; each item opens its record and is then read. */
export function NotificationInbox() {
  const { t } = useTranslation('notifications');
  const [params] = useSearchParams();
  const [kind, setKind] = useState<NotificationKind | undefined>(() => (params.get('kind') as NotificationKind | null) ?? undefined);
  const [unreadFirst, setUnreadFirst] = useState(true);
  const [page, setPage] = useState(1);
  const list = useNotifications({ kind, unreadFirst, page, pageSize });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label={t('filter.kind')}
            placeholder={t('filter.all')}
            clearable
            data={notificationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind ?? null}
            onChange={(value) => {
              setKind((value as NotificationKind | null) ?? undefined);
              setPage(1);
            }}
            w={280}
          />
          <Switch
            label={t('filter.unreadFirst')}
            checked={unreadFirst}
            onChange={(event) => {
              setUnreadFirst(event.currentTarget.checked);
              setPage(1);
            }}
          />
        </Group>
        <Button variant="light" onClick={() => markAll.mutate(kind)} loading={markAll.isPending}>
          {t('markAllRead')}
        </Button>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <>
          {byDay(list.data.items).map((group) => (
            <Stack key={group.day} gap="xs" component="section" aria-label={group.day}>
              <Title order={2} fz="md" c="dimmed">
                {group.day}
              </Title>
              {group.items.map((item) => (
                <Paper key={item.id} withBorder p="sm" bg={item.readAt ? undefined : 'teal.0'} data-testid="notification-item" data-unread={!item.readAt}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Badge variant="light" size="sm">
                          {t(`kinds.${item.kind}`)}
                        </Badge>
                        {!item.readAt && (
                          <Badge color="red" size="sm" variant="filled">
                            {t('unread')}
                          </Badge>
                        )}
                      </Group>
                      <Anchor component={Link} to={item.path} onClick={() => open(item)} fw={item.readAt ? 400 : 600}>
                        {item.text}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(item.createdAt)}
                      </Text>
                    </Stack>
                    {!item.readAt && (
                      <Button size="xs" variant="subtle" onClick={() => markRead.mutate(item.id)}>
                        {t('markRead')}
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          ))}
          {list.data.totalPages > 1 && <Pagination value={page} onChange={setPage} total={list.data.totalPages} />}
        </>
      )}
    </Stack>
  );
}
