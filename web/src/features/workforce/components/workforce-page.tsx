import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { can, useSignedInUser } from '@/lib/auth/me';
import { CertificateWatchSection } from './certificate-watch-section';
import { CollaboratorsSection } from './collaborators-section';
import { StaffSection } from './staff-section';

/** Staff, practice certificates and collaborators of the social-work unit. */
export function WorkforcePage() {
  const { t } = useTranslation('workforce');
  const me = useSignedInUser();
  const manages = can(me, 'workforce.manage');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs defaultValue={manages ? 'certificates' : 'staff'} keepMounted={false}>
        <Tabs.List>
          {manages && <Tabs.Tab value="certificates">{t('tabs.certificates')}</Tabs.Tab>}
          <Tabs.Tab value="staff">{t('tabs.staff')}</Tabs.Tab>
          <Tabs.Tab value="collaborators">{t('tabs.collaborators')}</Tabs.Tab>
        </Tabs.List>
        {manages && (
          <Tabs.Panel value="certificates" pt="md">
            <CertificateWatchSection />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="staff" pt="md">
          <StaffSection />
        </Tabs.Panel>
        <Tabs.Panel value="collaborators" pt="md">
          <CollaboratorsSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
