import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsolidatedReport } from '@/features/reports/components/consolidated-report';
import { ProvinceReportsInbox } from '@/features/reports/components/province-reports-inbox';
import { useSignedInUser } from '@/lib/auth/me';

/** The province's reports: the facilities' reports to review, and the consolidated report to the Ministry. */
export function Component() {
  const { t } = useTranslation('reports');
  const me = useSignedInUser();
  return (
    <Tabs defaultValue="inbox" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="inbox">{t('consolidated.inboxTab')}</Tabs.Tab>
        {me.province && <Tabs.Tab value="consolidated">{t('consolidated.tab')}</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="inbox">
        <ProvinceReportsInbox />
      </Tabs.Panel>
      {me.province && (
        <Tabs.Panel value="consolidated">
          <ConsolidatedReport provinceId={me.province.id} />
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
