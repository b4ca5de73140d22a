import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { NotificationInbox } from '@/features/notifications/components/notification-inbox';

/** Any signed-in person's inbox. */
export function Component() {
  const { t } = useTranslation('notifications');
  return (
    <>
      <PageHeader title={t('title')} />
      <NotificationInbox />
    </>
  );
}
