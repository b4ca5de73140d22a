import { Alert, Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PublicCard } from '@/features/auth/components/public-card';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';

/** Opened from the link in the e-mail: /reset-password?token=… */
export function Component() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState(false);
  return (
    <PublicCard title={t('reset.title')} subtitle={t('reset.subtitle')}>
      {done ? (
        <Alert color="teal" data-testid="password-set">
          {t('reset.done')}
        </Alert>
      ) : token ? (
        <SetPasswordForm token={token} kind="reset" onDone={() => setDone(true)} />
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
