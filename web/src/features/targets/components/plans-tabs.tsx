import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The unit's plans side by side: the annual plans and the five-year plan they follow. */
export function PlansTabs({ active }: { active: 'annual' | 'fiveYear' }) {
  const { t } = useTranslation('targets');
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(value) => void navigate(value === 'fiveYear' ? '/plans/five-year' : '/plans')}>
      <Tabs.List>
        <Tabs.Tab value="annual">{t('fiveYear.tabAnnual')}</Tabs.Tab>
        <Tabs.Tab value="fiveYear">{t('fiveYear.tabFiveYear')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
