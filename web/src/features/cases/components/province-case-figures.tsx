import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger } from '@/lib/format';
import { useProvinceCaseFigures } from '../api/get-province-case-figures';

/** Case management across the province: counts per facility, never a record. */
export function ProvinceCaseFigures({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('cases');
  const figures = useProvinceCaseFigures(provinceId);
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <QueryError error={figures.error} onRetry={() => void figures.refetch()} />;
  const rows = figures.data.facilities;
  const total = (pick: (r: (typeof rows)[number]) => number) => formatInteger(rows.reduce((sum, r) => sum + pick(r), 0));
  return (
    <SectionCard title={t('figures.provinceTitle')} description={t('figures.period', { from: formatDate(figures.data.from), to: formatDate(figures.data.to) })}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('figures.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('figures.provinceTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('figures.facility')}</Table.Th>
                <Table.Th>{t('figures.opened')}</Table.Th>
                <Table.Th>{t('figures.closed')}</Table.Th>
                <Table.Th>{t('figures.open')}</Table.Th>
                <Table.Th>{t('figures.children')}</Table.Th>
                <Table.Th>{t('figures.counselling')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.facilityId}>
                  <Table.Td>{r.facilityName}</Table.Td>
                  <Table.Td>{formatInteger(r.casesOpened)}</Table.Td>
                  <Table.Td>{formatInteger(r.casesClosed)}</Table.Td>
                  <Table.Td>{formatInteger(r.openCases)}</Table.Td>
                  <Table.Td>{formatInteger(r.childrenInSpecialCircumstancesSupported)}</Table.Td>
                  <Table.Td>{formatInteger(r.counsellingSessions)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('figures.total')}</Table.Td>
                <Table.Td>{total((r) => r.casesOpened)}</Table.Td>
                <Table.Td>{total((r) => r.casesClosed)}</Table.Td>
                <Table.Td>{total((r) => r.openCases)}</Table.Td>
                <Table.Td>{total((r) => r.childrenInSpecialCircumstancesSupported)}</Table.Td>
                <Table.Td>{total((r) => r.counsellingSessions)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
