import { Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate, formatInteger, formatVnd } from '@/lib/format';
import { useDonor } from '../api/get-donor';

/** What one donor gave, receipt by receipt, reversals included. */
export function DonorHistoryModal({ donorId, onClose }: { donorId: string | null; onClose: () => void }) {
  const { t } = useTranslation('fundraising');
  const { t: common } = useTranslation();
  const donor = useDonor(donorId);
  return (
    <Modal opened={donorId !== null} onClose={onClose} size="xl" title={donor.data?.donor.name ?? t('donors.history')} closeButtonProps={{ 'aria-label': common('actions.close') }}>
      {donor.isPending ? (
        <Loading />
      ) : donor.isError ? (
        <QueryError error={donor.error} />
      ) : donor.data.history.length === 0 ? (
        <Text c="dimmed">{t('donors.noHistory')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label={t('donors.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statement.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('statement.columns.number')}</Table.Th>
                <Table.Th scope="col">{t('statement.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('statement.columns.detail')}</Table.Th>
                <Table.Th scope="col">{t('cash.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {donor.data.history.map((e) => (
                <Table.Tr key={e.id} data-testid="donor-history-row">
                  <Table.Td>{formatDate(e.entryDate)}</Table.Td>
                  <Table.Td>{e.receiptCode ?? ''}</Table.Td>
                  <Table.Td>{e.reversesId ? t('statement.reversal', { reason: e.reversalReason }) : t(`statement.kind.${e.kind}`)}</Table.Td>
                  <Table.Td>{e.item ? `${formatInteger(e.quantity ?? 0)} ${e.unit} ${e.item}` : e.description ?? ''}</Table.Td>
                  <Table.Td>{`${e.reversesId ? '−' : ''}${formatVnd(e.amount)}`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Modal>
  );
}
