import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { PublicCard } from '@/features/auth/components/public-card';

export function Component() {
  const { t } = useTranslation('auth');
  return (
    <PublicCard title={t('forgot.title')} subtitle={t('forgot.subtitle')}>
      <ForgotPasswordForm />
      <Text size="sm" mt="md">
        <Anchor component={Link} to="/login">
          {t('backToLogin')}
        </Anchor>
      </Text>
    </PublicCard>
  );
}
