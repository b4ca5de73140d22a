import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate, formatInteger, formatVnd } from '@/lib/format';
import { campaignQuery } from '../api/get-campaign';
import { statementEntryQuery } from '../api/get-statement';
import { vndInWords } from '../utils/amount-in-words';

/**
 * The receipt (biên nhận) for the donor as a page made to print: A5-ish, black on white, the portal's
 * menus hidden when printed. The API also renders it as a PDF where the operator licensed PDF output.
 */
export function ReceiptPrint({ campaignId, entryId, facilityName, place }: { campaignId: string; entryId: string; facilityName: string; place?: string }) {
  const { t } = useTranslation('fundraising');
  const campaign = useQuery(campaignQuery(campaignId));
  const statement = useQuery(statementEntryQuery(campaignId, entryId));
  if (campaign.isPending || statement.isPending) return <Loading />;
  if (campaign.isError) return <QueryError error={campaign.error} />;
  if (statement.isError) return <QueryError error={statement.error} />;
  const entry = statement.data?.receiptCode ? statement.data : null;
  if (!entry) return <Text>{t('receipt.notFound')}</Text>;
  const line = (label: string, value: string) => (
    <Text size="md"><Text span fw={600}>{label}: </Text>{value}</Text>
  );
  return (
    <Box maw={760} mx="auto" p="lg" className="receipt-print">
      <style>{'@media print { .no-print { display: none !important } body { background: #fff } }'}</style>
      <Group justify="space-between" mb="lg" className="no-print">
        <Button component={Link} to={`/fundraising/campaigns/${campaignId}`} variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>{t('receipt.back')}</Button>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()} data-testid="print-receipt">{t('receipt.print')}</Button>
      </Group>
      <Stack gap={6} data-testid="receipt">
        <Group justify="space-between" align="flex-start">
          <Text fw={700}>{facilityName}</Text>
          <Stack gap={0} align="center">
            <Text fw={700} size="sm">{t('receipt.country')}</Text>
            <Text size="sm">{t('receipt.motto')}</Text>
          </Stack>
        </Group>
        <Title order={1} fz={22} ta="center" mt="lg">{t('receipt.title')}</Title>
        <Text ta="center" mb="md" data-testid="receipt-number">{t('receipt.number', { code: entry.receiptCode })}</Text>
        {line(t('receipt.from'), entry.donorName ?? t('receipt.anonymous'))}
        {entry.kind === 'CashReceipt' ? (
          <>
            {line(t('receipt.amount'), formatVnd(entry.amount))}
            <Text size="md" fs="italic" data-testid="amount-in-words">{t('receipt.inWords', { words: vndInWords(entry.amount) })}</Text>
            {line(t('receipt.method'), entry.method === 'BankTransfer' ? `${t('cash.methods.BankTransfer')} (${entry.reference ?? ''})` : t('cash.methods.Cash'))}
          </>
        ) : (
          <>
            {line(t('receipt.goods'), `${formatInteger(entry.quantity ?? 0)} ${entry.unit} ${entry.item}`)}
            {line(t('receipt.value'), formatVnd(entry.amount))}
            <Text size="md" fs="italic" data-testid="amount-in-words">{t('receipt.inWords', { words: vndInWords(entry.amount) })}</Text>
          </>
        )}
        {line(t('receipt.for'), campaign.data.title)}
        {line(t('receipt.date'), formatDate(entry.entryDate))}
        {entry.description && line(t('receipt.note'), entry.description)}
        {entry.reversedById && <Text fw={700} c="red">{t('receipt.reversed')}</Text>}
        <Text mt="lg" fs="italic">{t('receipt.thanks')}</Text>
        <Text ta="right" fs="italic" mt="md" data-testid="receipt-place-date">
          {t('receipt.placeDate', {
            place: place || '…………',
            day: entry.entryDate.slice(8, 10),
            month: entry.entryDate.slice(5, 7),
            year: entry.entryDate.slice(0, 4),
          })}
        </Text>
        <Group grow mt="xl" align="flex-start">
          <Stack gap={60} align="center"><Text fw={700}>{t('receipt.payer')}</Text><Text>{entry.donorName ?? ''}</Text></Stack>
          <Stack gap={60} align="center"><Text fw={700}>{t('receipt.receiver')}</Text><Text>{entry.recordedByName ?? ''}</Text></Stack>
        </Group>
      </Stack>
    </Box>
  );
}
