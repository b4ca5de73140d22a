import { SegmentedControl, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger } from '@/lib/format';
import { useReceptionCounts, type CountGranularity } from '../api/get-reception-counts';

function rangeOf(granularity: CountGranularity) {
  const today = dayjs();
  if (granularity === 'Day') return { from: today.startOf('month'), to: today };
  if (granularity === 'Month') return { from: today.startOf('year'), to: today };
  return { from: today.subtract(4, 'year').startOf('year'), to: today };
}

function periodLabel(granularity: CountGranularity, start: string) {
  if (granularity === 'Year') return start.slice(0, 4);
  if (granularity === 'Month') return `${start.slice(5, 7)}/${start.slice(0, 4)}`;
  return formatDate(start);
}

/** Contacts per day (this month), month (this year) or year (five years), per reception point and kind. */
export function ReceptionCounts() {
  const { t } = useTranslation('reception');
  const [granularity, setGranularity] = useState<CountGranularity>('Month');
  const { from, to } = rangeOf(granularity);
  const counts = useReceptionCounts(granularity, from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD'));

  return (
    <SectionCard title={t('counts.title')} description={t('counts.description')}>
      <SegmentedControl
        mb="sm"
        value={granularity}
        onChange={(value) => setGranularity(value as CountGranularity)}
        data={(['Day', 'Month', 'Year'] as const).map((value) => ({ value, label: t(`counts.${value}`) }))}
      />
      {counts.isPending ? (
        <Loading />
      ) : counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('counts.total', { count: counts.data.total, total: formatInteger(counts.data.total) })}
          </Text>
          <Table.ScrollContainer minWidth={520} mah={420}>
            <Table striped aria-label={t('counts.title')} stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('counts.period')}</Table.Th>
                  <Table.Th scope="col">{t('counts.point')}</Table.Th>
                  <Table.Th scope="col">{t('counts.kind')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('counts.count')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...counts.data.rows].reverse().map((row) => (
                  <Table.Tr key={`${row.periodStart}-${row.pointId}-${row.kind}`}>
                    <Table.Td>{periodLabel(granularity, row.periodStart)}</Table.Td>
                    <Table.Td>{row.pointName}</Table.Td>
                    <Table.Td>{t(`kinds.${row.kind}`)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(row.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </SectionCard>
  );
}
