import { Anchor, SegmentedControl, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryTable } from '@/components/query-table';
import { formatDate } from '@/lib/format';
import { useReports, type ReportStatus } from '../api/list-reports';
import { periodLabel } from '../utils/period';
import { ReportStatusBadge } from './status-badge';

const filters = ['Submitted', 'Returned', 'Approved', 'all'] as const;

/** The province's inbox: the facilities' submitted reports to review (and, filtered, the returned and approved ones). */
export function ProvinceReportsInbox() {
  const { t } = useTranslation('reports');
  const [filter, setFilter] = useState<(typeof filters)[number]>('Submitted');
  const reports = useReports(filter === 'all' ? {} : { status: filter as ReportStatus });
  return (
    <Stack gap="md">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <SegmentedControl
        aria-label={t('inbox.filter')}
        value={filter}
        onChange={(v) => setFilter(v as (typeof filters)[number])}
        data={filters.map((f) => ({ value: f, label: f === 'all' ? t('inbox.all') : t(`status.${f}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryTable
        query={reports}
        label={t('inbox.title')}
        minWidth={820}
        columns={[t('list.columns.facility'), t('list.columns.period'), t('list.columns.due'), t('list.columns.submitted'), t('list.columns.status')]}
        actionsLabel={t('list.columns.actions')}
        empty={t('list.empty')}
        row={(r) => (
          <Table.Tr key={r.id} data-testid="inbox-row">
            <Table.Td>{r.facilityName}</Table.Td>
            <Table.Td>{periodLabel(t, r)}</Table.Td>
            <Table.Td>{formatDate(r.dueOn)}</Table.Td>
            <Table.Td>{formatDate(r.submittedAt)}</Table.Td>
            <Table.Td>
              <ReportStatusBadge status={r.status} />
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/reports/${r.id}`} aria-label={`${t('list.open')} ${r.facilityName} ${periodLabel(t, r)}`}>
                {t('list.open')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
