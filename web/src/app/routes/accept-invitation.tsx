import { Alert, Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PublicCard } from '@/features/auth/components/public-card';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';

/** Opened from the link in the e-mail: /accept-invitation?token=… */
export function Component() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState(false);
  return (
    <PublicCard title={t('invitation.title')} subtitle={t('invitation.subtitle')}>
      {done ? (
        <Alert color="teal" data-testid="password-set">
          {t('invitation.done')}
        </Alert>
      ) : token ? (
        <SetPasswordForm token={token} kind="invitation" onDone={() => setDone(true)} />
      ) : (
        <Alert color="red">{t('noToken')}</Alert>
      )}
      <Text size="sm" mt="md">
        <Anchor component={Link} to="/login">
          {t('backToLogin')}
        </Anchor>
      </Text>
    </PublicCard>
  );
}
