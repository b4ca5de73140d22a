import { Badge, Box, Button, Container, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { ApiProblem } from '@/lib/api/problem';
import { formatDate, formatDateTime, formatInteger, formatVnd, formatVndRange } from '@/lib/format';
import { usePublicCampaign, type PublicCampaign } from '../api/get-public-campaign';
import { TransferQr } from './transfer-qr';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={20} fw={700} data-testid={testId}>{value}</Text>
    </Paper>
  );
}

function Ledger({ title, label, headers, children, empty }: { title: string; label: string; headers: string[]; children: ReactNode[]; empty: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} fz="lg" mb="sm">{title}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={label}>
          <Table.Thead>
            <Table.Tr>{headers.map((h) => <Table.Th key={h} scope="col">{h}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {children.length === 0 ? <Table.Tr><Table.Td colSpan={headers.length}><Text c="dimmed">{empty}</Text></Table.Td></Table.Tr> : children}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** How to give: the transfer account with its VietQR code (or the old free-text account), and where goods are dropped off. */
function HowToGive({ p }: { p: PublicCampaign }) {
  const { t } = useTranslation('public-campaign');
  if (!p.transfer && !p.bankAccount && !p.goodsReceptionPlace) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('give.title')} data-testid="how-to-give">
      <Title order={2} fz="lg" mb="sm">{t('give.title')}</Title>
      <Group align="flex-start" gap="lg" wrap="wrap">
        {p.transfer && <TransferQr payload={p.transfer.qrPayload} label={t('give.qr', { bank: p.transfer.bankShortName, number: p.transfer.accountNumber })} />}
        <Stack gap={4}>
          {p.transfer ? (
            <>
              <Text><Text span fw={600}>{t('give.bank')}: </Text>{p.transfer.bankShortName} – {p.transfer.bankName}</Text>
              <Text data-testid="transfer-account"><Text span fw={600}>{t('give.accountNumber')}: </Text>{p.transfer.accountNumber}</Text>
              {p.transfer.accountHolder && <Text><Text span fw={600}>{t('give.accountHolder')}: </Text>{p.transfer.accountHolder}</Text>}
              <Text size="sm" c="dimmed">{t('give.scan')}</Text>
            </>
          ) : (
            p.bankAccount && <Text data-testid="transfer-account"><Text span fw={600}>{t('give.account')}: </Text>{p.bankAccount}</Text>
          )}
          {p.goodsReceptionPlace && <Text data-testid="goods-place"><Text span fw={600}>{t('give.goodsPlace')}: </Text>{p.goodsReceptionPlace}</Text>}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The campaign's public disclosure (công khai), for anyone, without signing in; live from the ledger. */
export function PublicCampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('public-campaign');
  const page = usePublicCampaign(campaignId);
  if (page.isPending) return <Loading />;
  if (page.isError) {
    return (
      <Container size="sm" py="xl">
        {page.error instanceof ApiProblem && page.error.status === 404 ? <Text>{t('notFound')}</Text> : <QueryError error={page.error} />}
      </Container>
    );
  }
  const p = page.data;
  const goods = (item?: string | null, quantity?: number | null, unit?: string | null) => (item ? `${formatInteger(quantity ?? 0)} ${unit} ${item}` : '');
  const signed = (amount: number, reversal: boolean) => `${reversal ? '−' : ''}${formatVnd(amount)}`;
  const exportUrl = (format: 'Xlsx' | 'Pdf') => `/api/v1/public/campaigns/${p.id}/export?format=${format}`;
  return (
    <Box bg="gray.0" mih="100vh">
      <Container size="lg" py="lg">
        <style>{'@media print { .no-print { display: none !important } }'}</style>
        <Group justify="space-between" mb="md">
          <Text c="dimmed" size="sm">{t('heading')}</Text>
          <Group gap="xs" className="no-print">
            <Button component="a" href={exportUrl('Xlsx')} variant="light" size="xs" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} data-testid="download-excel">{t('excel')}</Button>
            <Button component="a" href={exportUrl('Pdf')} variant="light" size="xs" leftSection={<IconFileTypePdf size={16} aria-hidden />} data-testid="download-pdf">{t('pdf')}</Button>
            <Button variant="subtle" size="xs" onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>{t('print')}</Button>
            <LanguageSwitch />
          </Group>
        </Group>
        <Stack gap="md">
          <div>
            <Text fw={600}>{p.facilityName}</Text>
            <Title order={1} fz={26} data-testid="public-title">{p.title}</Title>
          </div>
          <Text><Text span fw={600}>{t('purpose')}: </Text>{p.purpose}</Text>
          {p.beneficiaries && <Text><Text span fw={600}>{t('beneficiaries')}: </Text>{p.beneficiaries}</Text>}
          <Text>
            <Text span fw={600}>{t('dates')}: </Text>
            {p.endDate ? `${formatDate(p.startDate)} – ${formatDate(p.endDate)}` : t('standing', { from: formatDate(p.startDate) })}
          </Text>
          {p.targetAmount != null && (
            <Text data-testid="public-target"><Text span fw={600}>{t('target')}: </Text>{formatVndRange(p.targetAmount, p.targetMaximum)}</Text>
          )}
          <HowToGive p={p} />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
            <Figure label={t('cashReceived')} value={formatVnd(p.totals.cashReceived)} testId="public-cash-received" />
            <Figure label={t('cashDistributed')} value={formatVnd(p.totals.cashDistributed)} testId="public-cash-distributed" />
            <Figure label={t('cashBalance')} value={formatVnd(p.totals.cashBalance)} testId="public-cash-balance" />
            <Figure label={t('goodsReceived')} value={formatVnd(p.totals.goodsValueReceived)} testId="public-goods-received" />
            <Figure label={t('goodsDistributed')} value={formatVnd(p.totals.goodsValueDistributed)} testId="public-goods-distributed" />
          </SimpleGrid>
          <Ledger title={t('receipts')} label={t('receipts')} empty={t('none')}
            headers={[t('columns.number'), t('columns.date'), t('columns.donor'), t('columns.goods'), t('columns.amount')]}>
            {p.receipts.map((r, i) => (
              <Table.Tr key={i} data-testid="public-receipt">
                <Table.Td>{r.receiptCode ?? ''}</Table.Td>
                <Table.Td>{formatDate(r.date)}</Table.Td>
                <Table.Td>
                  {r.donor} {r.isReversal && <Badge size="xs" color="red" variant="light">{t('reversal')}</Badge>}
                  {r.isReversed && <Badge size="xs" color="red" variant="outline">{t('reversed')}</Badge>}
                </Table.Td>
                <Table.Td>{goods(r.item, r.quantity, r.unit)}</Table.Td>
                <Table.Td>{signed(r.amount, r.isReversal)}</Table.Td>
              </Table.Tr>
            ))}
          </Ledger>
          <Ledger title={t('distributions')} label={t('distributions')} empty={t('none')}
            headers={[t('columns.date'), t('columns.beneficiary'), t('columns.goods'), t('columns.amount')]}>
            {p.distributions.map((d, i) => (
              <Table.Tr key={i} data-testid="public-distribution">
                <Table.Td>{formatDate(d.date)}</Table.Td>
                <Table.Td>
                  {d.beneficiary} {d.isReversal && <Badge size="xs" color="red" variant="light">{t('reversal')}</Badge>}
                  {d.isReversed && <Badge size="xs" color="red" variant="outline">{t('reversed')}</Badge>}
                </Table.Td>
                <Table.Td>{goods(d.item, d.quantity, d.unit)}</Table.Td>
                <Table.Td>{signed(d.amount, d.isReversal)}</Table.Td>
              </Table.Tr>
            ))}
          </Ledger>
          <Text size="xs" c="dimmed">{t('privacy')} {t('live', { time: formatDateTime(new Date(page.dataUpdatedAt).toISOString()) })}</Text>
        </Stack>
      </Container>
    </Box>
  );
}
