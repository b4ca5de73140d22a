import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/get-unread-count';

/** The header's bell: the unread count (polled), a link to the inbox. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  const label = count > 0 ? t('bell.unread', { count }) : t('bell.none');
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} color="red" disabled={count === 0} offset={4} data-testid="notification-count">
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label} title={label}>
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
