import { Alert, type AlertProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why a form or an action failed (the messages no field owns): nothing while there are none. */
export function ErrorBanner({ title, messages, ...props }: Omit<AlertProps, 'title' | 'children'> & { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" title={title} role="alert" {...props}>
      {messages.join(' ')}
    </Alert>
  );
}

/** What an action just did, above a list, until the user dismisses it: nothing while there is no notice. */
export function NoticeBanner({ notice, onClose }: { notice: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Alert color="teal" mb="md" withCloseButton closeButtonLabel={t('actions.close')} onClose={onClose} role="status">
      {notice}
    </Alert>
  );
}
