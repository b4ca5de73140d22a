import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { Loading } from '@/components/loading';
import { useProfile } from '@/features/auth/api/profile';
import { MfaSection } from '@/features/auth/components/mfa-section';
import { ChangePasswordForm, ProfileForm } from '@/features/auth/components/profile-forms';
import { EmailPreferences } from '@/features/notifications/components/email-preferences';

/** Any signed-in user's own page: their profile and their password. */
export function Component() {
  const { t } = useTranslation('auth');
  const profile = useProfile();
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          {profile.isPending ? <Loading /> : profile.isError ? <QueryError error={profile.error} /> : <ProfileForm profile={profile.data} />}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb="sm">
            {t('change.title')}
          </Title>
          <ChangePasswordForm />
        </Paper>
        <Paper withBorder p="md">
          <MfaSection />
        </Paper>
        <Paper withBorder p="md">
          <EmailPreferences />
        </Paper>
      </SimpleGrid>
    </>
  );
}
