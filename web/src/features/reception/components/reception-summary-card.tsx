import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger } from '@/lib/format';
import { useReceptionSummary } from '../api/get-reception-summary';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {formatInteger(value)}
      </Text>
    </div>
  );
}

/** The facility home's reception figures: today, this month and this year, per kind. */
export function ReceptionSummaryCard() {
  const { t } = useTranslation('reception');
  const summary = useReceptionSummary();
  return (
    <SectionCard title={t('summary.title')} description={summary.data ? t('summary.asOf', { date: formatDate(summary.data.asOf) }) : undefined}>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={3} mb="sm">
            <Figure label={t('summary.today')} value={summary.data.today} testId="reception-today" />
            <Figure label={t('summary.month')} value={summary.data.thisMonth} testId="reception-month" />
            <Figure label={t('summary.year')} value={summary.data.thisYear} testId="reception-year" />
          </SimpleGrid>
          <Table aria-label={t('summary.byKind')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('counts.kind')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.today')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.month')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('summary.year')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.data.byKind.map((row) => (
                <Table.Tr key={row.kind}>
                  <Table.Td>{t(`kinds.${row.kind}`)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(row.today)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(row.thisMonth)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(row.thisYear)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </SectionCard>
  );
}
