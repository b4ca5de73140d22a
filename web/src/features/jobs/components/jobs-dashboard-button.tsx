import { Button } from '@mantine/core';
import { IconSettingsAutomation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOpenJobsDashboard } from '../api/open-jobs-dashboard';

/** Platform admins: opens the background-jobs dashboard in a new tab through a one-time ticket. */
export function JobsDashboardButton() {
  const { t } = useTranslation('jobs');
  const open = useOpenJobsDashboard();
  return (
    <Button
      variant="subtle"
      size="xs"
      leftSection={<IconSettingsAutomation size={16} aria-hidden />}
      loading={open.isPending}
      title={open.isError ? t('dashboard.failed') : undefined}
      onClick={() => {
        // The tab opens now (a popup blocker lets a click's window through), then goes to the ticket's address.
        const tab = window.open('about:blank', '_blank');
        open.mutate(undefined, {
          onSuccess: ({ url }) => {
            if (tab) {
              tab.opener = null;
              tab.location.href = url;
            } else window.location.assign(url);
          },
          onError: () => tab?.close(),
        });
      }}
    >
      {t('dashboard.open')}
    </Button>
  );
}
