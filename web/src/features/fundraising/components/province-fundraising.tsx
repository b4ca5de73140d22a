import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatInteger, formatVnd } from '@/lib/format';
import { provinceFundraisingQuery } from '../api/get-province-fundraising';

/** The province's view: this year's fundraising per facility, with each facility's ledger check. Aggregates only. */
export function ProvinceFundraising({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('fundraising');
  const province = useQuery(provinceFundraisingQuery(provinceId));
  const rows = useQuery({ ...provinceFundraisingQuery(provinceId), select: (p) => p.facilities });
  return (
    <SectionCard title={t('province.title', { year: province.data?.year ?? new Date().getFullYear() })} description={t('province.description')}>
      <QueryTable
        query={rows}
        label={t('province.label')}
        minWidth={820}
        columns={[t('province.columns.facility'), t('province.columns.raised'), t('province.columns.distributed'), t('province.columns.balance'), t('province.columns.patients'), t('province.columns.check')]}
        actionsLabel={t('columns.actions')}
        empty={t('province.empty')}
        row={(f) => (
          <Table.Tr key={f.facilityId} data-testid="province-fundraising-row">
            <Table.Td>{f.facilityName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(f.cashRaised)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(f.cashDistributed)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(f.cashBalance)}</Table.Td>
            <Table.Td>{formatInteger(f.patientsSupported)}</Table.Td>
            <Table.Td>
              <StatusBadge color={f.inconsistentCampaigns === 0 ? 'teal' : 'red'}>
                {f.inconsistentCampaigns === 0 ? t('province.consistent') : t('province.inconsistent', { count: f.inconsistentCampaigns })}
              </StatusBadge>
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        )}
      />
    </SectionCard>
  );
}
