import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { can, useSignedInUser } from '@/lib/auth/me';
import { ReceptionCounts } from './reception-counts';
import { TallyScreen } from './tally-screen';

/** The reception and guidance log: the tally buttons, and for those who read the figures, the counts. */
export function ReceptionPage() {
  const { t } = useTranslation('reception');
  const me = useSignedInUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <TallyScreen />
      {can(me, 'activities.read') && <ReceptionCounts />}
    </Stack>
  );
}
