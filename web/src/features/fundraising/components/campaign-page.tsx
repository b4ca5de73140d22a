import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconCash, IconGift, IconPackage, IconPencil, IconPrinter, IconWorld } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticeBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime, formatInteger, formatVnd, formatVndRange } from '@/lib/format';
import { useApproveDistribution } from '../api/approve-distribution';
import { useChangeCampaignStatus } from '../api/change-campaign-status';
import { campaignQuery, useCampaign, type CampaignDetail } from '../api/get-campaign';
import { statementQuery, type LedgerEntry } from '../api/get-statement';
import type { CampaignStatus } from '../api/list-campaigns';
import { usePublishCampaign } from '../api/publish-campaign';
import { publicPath, statusColor } from '../utils/values';
import { DistributionModal } from './distribution-modal';
import { EditCampaignModal } from './edit-campaign-modal';
import { AcknowledgeModal, ReverseEntryModal } from './entry-modals';
import { CashReceiptModal, GoodsReceiptModal } from './receipt-modals';

const nextStatus: Partial<Record<CampaignStatus, CampaignStatus>> = { Draft: 'Open', Open: 'Closed', Closed: 'Settled' };

/** One campaign: its totals, the statement of its ledger, its stock, and the unit's actions on it. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  return <CampaignView campaign={campaign.data} />;
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={20} fw={700} data-testid={testId}>{value}</Text>
    </Paper>
  );
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation('fundraising');
  const me = useSignedInUser();
  const records = can(me, 'fundraising.record');
  const manages = can(me, 'fundraising.manage');
  const [notice, setNotice] = useState<string | null>(null);
  const [cashOpen, cash] = useDisclosure(false);
  const [goodsOpen, goods] = useDisclosure(false);
  const [giveOpen, give] = useDisclosure(false);
  const [editOpen, edit] = useDisclosure(false);
  const [publishing, setPublishing] = useState<CampaignDetail | null>(null);
  const [moving, setMoving] = useState<CampaignDetail | null>(null);
  const [approving, setApproving] = useState<LedgerEntry | null>(null);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const [acknowledging, setAcknowledging] = useState<LedgerEntry | null>(null);
  const publish = usePublishCampaign();
  const changeStatus = useChangeCampaignStatus(campaign.id);
  const approve = useApproveDistribution();
  const pages = useInfiniteQuery({ ...statementQuery(campaign.id), select: (d) => d.pages.flatMap((p) => p.entries) });
  // The table reads data/pending/error alike from a paged query: the entries loaded so far, in order.
  const statement = pages as unknown as UseQueryResult<LedgerEntry[]>;
  const stock = useQuery({ ...campaignQuery(campaign.id), select: (c) => c.stock });
  const next = campaign.kind === 'Campaign' ? nextStatus[campaign.status] : undefined;
  const totals = campaign.totals;
  const recorded = (entry: LedgerEntry, close: () => void) => {
    close();
    setNotice(entry.receiptCode ? t('cash.done', { code: entry.receiptCode }) : null);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/fundraising" size="sm">
        <Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('campaign.back')}</Group>
      </Anchor>
      <PageHeader
        title={campaign.title}
        subtitle={
          campaign.endDate
            ? t('campaign.dates', { from: formatDate(campaign.startDate), to: formatDate(campaign.endDate) })
            : t('campaign.standing', { from: formatDate(campaign.startDate) })
        }
        actions={
          <>
            {records && campaign.status === 'Open' && (
              <>
                <Button leftSection={<IconCash size={18} aria-hidden />} onClick={cash.open} data-testid="record-cash">{t('campaign.actions.cash')}</Button>
                <Button leftSection={<IconPackage size={18} aria-hidden />} onClick={goods.open} variant="light" data-testid="record-goods">{t('campaign.actions.goods')}</Button>
              </>
            )}
            {records && (campaign.status === 'Open' || campaign.status === 'Closed') && (
              <Button leftSection={<IconGift size={18} aria-hidden />} onClick={give.open} variant="light" color="orange" data-testid="distribute">{t('campaign.actions.distribute')}</Button>
            )}
            {records && (campaign.status === 'Draft' || campaign.status === 'Open') && (
              <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={edit.open} data-testid="edit-campaign">{t('campaign.actions.edit')}</Button>
            )}
            {manages && next && (
              <Button variant="default" onClick={() => setMoving(campaign)} data-testid="next-status">{t(`campaign.actions.next.${next}`)}</Button>
            )}
            {manages && !campaign.publishedAt && campaign.status !== 'Draft' && (
              <Button variant="default" leftSection={<IconWorld size={18} aria-hidden />} onClick={() => setPublishing(campaign)} data-testid="publish">{t('campaign.actions.publish')}</Button>
            )}
            {campaign.publishedAt && (
              <Button component={Link} to={publicPath(campaign.id)} target="_blank" variant="subtle" leftSection={<IconWorld size={18} aria-hidden />} data-testid="public-page">
                {t('campaign.actions.publicPage')}
              </Button>
            )}
          </>
        }
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <Group gap="xs">
        <StatusBadge color={statusColor[campaign.status]}>{t(`status.${campaign.status}`)}</StatusBadge>
        {campaign.publishedAt && <Badge color="grape" variant="light">{t('published')}</Badge>}
        {campaign.awaitingApproval > 0 && <Badge color="yellow" variant="light">{t('campaign.awaiting', { count: campaign.awaitingApproval })}</Badge>}
      </Group>
      <Text size="sm">{campaign.purpose}</Text>
      {campaign.targetAmount != null && (
        <Text size="sm" data-testid="campaign-target">{t('campaign.targetRange', { range: formatVndRange(campaign.targetAmount, campaign.targetMaximum) })}</Text>
      )}
      {campaign.transfer ? (
        <Text size="sm" data-testid="campaign-transfer">
          {t('campaign.transfer', { number: campaign.transfer.accountNumber, bank: campaign.transfer.bankShortName })}
          {campaign.transfer.accountHolder && ` · ${t('campaign.transferHolder', { holder: campaign.transfer.accountHolder })}`}
        </Text>
      ) : (
        campaign.bankAccount && <Text size="sm">{t('campaign.oldAccount', { text: campaign.bankAccount })}</Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <Figure label={t('campaign.cashReceived')} value={formatVnd(totals.cashReceived)} testId="cash-received" />
        <Figure label={t('campaign.cashDistributed')} value={formatVnd(totals.cashDistributed)} testId="cash-distributed" />
        <Figure label={t('campaign.cashBalance')} value={formatVnd(totals.cashBalance)} testId="cash-balance" />
        <Figure label={t('campaign.goodsReceived')} value={formatVnd(totals.goodsValueReceived)} testId="goods-received" />
        <Figure label={t('campaign.goodsInStock')} value={formatVnd(totals.goodsValueInStock)} testId="goods-in-stock" />
      </SimpleGrid>

      <SectionCard title={t('statement.title')} description={t('statement.description')}>
        <QueryTable
          query={statement}
          label={t('statement.label')}
          minWidth={1100}
          columns={[t('statement.columns.date'), t('statement.columns.number'), t('statement.columns.kind'), t('statement.columns.detail'),
            t('statement.columns.in'), t('statement.columns.out'), t('statement.columns.goodsValue'), t('statement.columns.balance'), t('statement.columns.who')]}
          actionsLabel={t('statement.columns.actions')}
          empty={t('statement.empty')}
          row={(e) => <StatementRow key={e.id} entry={e} manages={manages} records={records} campaignId={campaign.id}
            onApprove={setApproving} onReverse={setReversing} onAcknowledge={setAcknowledging} />}
        />
        {pages.hasNextPage && (
          <Group justify="center" mt="sm">
            <Button variant="light" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} data-testid="statement-more">
              {t('statement.more')}
            </Button>
          </Group>
        )}
      </SectionCard>

      <SectionCard title={t('stock.title')}>
        <QueryTable
          query={stock}
          label={t('stock.label')}
          minWidth={760}
          columns={[t('stock.columns.item'), t('stock.columns.received'), t('stock.columns.issued'), t('stock.columns.inStock'), t('stock.columns.value'), t('stock.columns.donor'), t('stock.columns.date')]}
          actionsLabel={t('statement.columns.actions')}
          empty={t('stock.empty')}
          row={(line) => (
            <Table.Tr key={line.lotId} data-testid="stock-row">
              <Table.Td>{line.item}</Table.Td>
              <Table.Td>{formatInteger(line.quantityReceived)} {line.unit}</Table.Td>
              <Table.Td>{formatInteger(line.quantityIssued)}</Table.Td>
              <Table.Td fw={600}>{formatInteger(line.quantityInStock)}</Table.Td>
              <Table.Td>{formatVnd(line.estimatedValue)}</Table.Td>
              <Table.Td>{line.donorName ?? t('statement.anonymous')}</Table.Td>
              <Table.Td>{formatDate(line.receivedOn)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          )}
        />
      </SectionCard>

      {/* Mounted while open, keyed by the version: the form starts from what the campaign holds now. */}
      {editOpen && <EditCampaignModal key={campaign.version} campaign={campaign} opened={editOpen} onClose={edit.close} />}
      <CashReceiptModal campaignId={campaign.id} opened={cashOpen} onClose={cash.close} onRecorded={(e) => recorded(e, cash.close)} />
      <GoodsReceiptModal campaignId={campaign.id} opened={goodsOpen} onClose={goods.close} onRecorded={(e) => recorded(e, goods.close)} />
      <DistributionModal campaignId={campaign.id} stock={campaign.stock} opened={giveOpen} onClose={give.close} onRecorded={(e) => recorded(e, give.close)} />
      <ReverseEntryModal entry={reversing} onClose={() => setReversing(null)} onDone={() => setReversing(null)} />
      <AcknowledgeModal entry={acknowledging} onClose={() => setAcknowledging(null)} onDone={() => setAcknowledging(null)} />
      <ConfirmActionModal
        subject={publishing}
        title={t('campaign.publishConfirm.title')}
        message={(c) => t('campaign.publishConfirm.text', { title: c.title })}
        note={t('campaign.publishConfirm.note')}
        confirmLabel={t('campaign.publishConfirm.confirm')}
        failedTitle={t('campaign.publishConfirm.failed')}
        mutation={publish}
        variables={(c) => c.id}
        onClose={() => setPublishing(null)}
        onDone={(c) => {
          setPublishing(null);
          setNotice(t('campaign.publishConfirm.done', { url: window.location.origin + publicPath(c.id) }));
        }}
      />
      <ConfirmActionModal
        subject={moving}
        title={t('campaign.statusConfirm.title')}
        message={(c) => t('campaign.statusConfirm.text', { title: c.title, status: next ? t(`status.${next}`) : '' })}
        note={t('campaign.statusConfirm.note')}
        confirmLabel={next ? t(`campaign.actions.next.${next}`) : ''}
        failedTitle={t('campaign.statusConfirm.failed')}
        mutation={changeStatus}
        variables={(c) => ({ version: c.version, status: next! })}
        onClose={() => setMoving(null)}
        onDone={() => setMoving(null)}
      />
      <ConfirmActionModal
        subject={approving}
        title={t('approveConfirm.title')}
        message={(e) => t('approveConfirm.text', { amount: formatVnd(e.amount) })}
        confirmLabel={t('approveConfirm.confirm')}
        failedTitle={t('approveConfirm.failed')}
        mutation={approve}
        variables={(e) => e.id}
        onClose={() => setApproving(null)}
        onDone={() => setApproving(null)}
      />
    </Stack>
  );
}

function StatementRow({ entry: e, manages, records, campaignId, onApprove, onReverse, onAcknowledge }: {
  entry: LedgerEntry; manages: boolean; records: boolean; campaignId: string;
  onApprove: (e: LedgerEntry) => void; onReverse: (e: LedgerEntry) => void; onAcknowledge: (e: LedgerEntry) => void;
}) {
  const { t } = useTranslation('fundraising');
  const incoming = (e.kind === 'CashReceipt' || e.kind === 'GoodsReceipt') !== Boolean(e.reversesId);
  const isDistribution = e.kind === 'CashDistribution' || e.kind === 'GoodsDistribution';
  const standing = !e.reversesId && !e.reversedById;
  const pending = e.needsApproval && !e.approvedAt && standing;
  const goods = e.item ? `${formatInteger(e.quantity ?? 0)} ${e.unit} ${e.item}` : null;
  const who = e.recipientKind
    ? t(`statement.recipient.${e.recipientKind}`, { name: e.recipientName ?? e.departmentName, count: e.groupCount ?? 0 })
    : e.receiptCode ? e.donorName ?? t('statement.anonymous') : null;
  const amount = `${e.reversesId ? '−' : ''}${formatVnd(e.amount)}`;
  // Goods are valued, not cash: their value has its own column and never sits among the money received or paid.
  const isGoods = e.kind === 'GoodsReceipt' || e.kind === 'GoodsDistribution';
  const goodsValue = isGoods ? `${incoming ? '' : '−'}${formatVnd(e.amount)}` : '';
  return (
    <Table.Tr data-testid="statement-row" style={e.reversedById ? { textDecoration: 'line-through', opacity: 0.7 } : undefined}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.entryDate)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.receiptCode ?? ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`statement.kind.${e.kind}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{[who, goods, e.description].filter(Boolean).join(' · ')}</Text>
        <Group gap={4}>
          {e.reversesId && <Badge size="xs" color="red" variant="light">{t('statement.reversal', { reason: e.reversalReason })}</Badge>}
          {e.reversedById && <Badge size="xs" color="red" variant="outline">{t('statement.reversed')}</Badge>}
          {pending && <Badge size="xs" color="yellow" variant="light">{t('statement.awaitingApproval')}</Badge>}
          {e.needsApproval && e.approvedAt && <Badge size="xs" color="teal" variant="light">{t('statement.approved')}</Badge>}
          {e.acknowledgement && <Badge size="xs" color="blue" variant="light">{t('statement.acknowledged', { name: e.acknowledgement.receivedBy })}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="cash-in">{!isGoods && incoming ? amount : ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="cash-out">{!isGoods && !incoming ? amount : ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="goods-value">{goodsValue}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>{formatVnd(e.cashBalanceAfter ?? 0)}</Table.Td>
      <Table.Td>
        {/* The person who recorded it; the address it came from stays in the audit trail, not in place of a name. */}
        <Text size="xs" data-testid="recorded-by" title={e.recordedFromIp ?? undefined}>{e.recordedByName ?? t('statement.unknownRecorder')}</Text>
        <Text size="xs" c="dimmed">{formatDateTime(e.recordedAt)}</Text>
      </Table.Td>
      <Table.Td>
        {/* Stacked, not in a row: four actions side by side pushed "Hủy bút toán" out of sight at 1366 px. */}
        <Stack gap={2} align="flex-end">
          {e.receiptCode && (
            <Button size="xs" variant="subtle" component={Link} to={`/fundraising/campaigns/${campaignId}/receipts/${e.id}`} leftSection={<IconPrinter size={14} aria-hidden />}
              aria-label={`${t('statement.print')} ${e.receiptCode}`}>
              {t('statement.print')}
            </Button>
          )}
          {manages && pending && <Button size="xs" variant="light" color="teal" onClick={() => onApprove(e)}>{t('statement.approve')}</Button>}
          {records && isDistribution && standing && !pending && !e.acknowledgement && (
            <Button size="xs" variant="subtle" onClick={() => onAcknowledge(e)}>{t('statement.acknowledge')}</Button>
          )}
          {manages && standing && <Button size="xs" variant="subtle" color="red" onClick={() => onReverse(e)} data-testid="reverse-entry">{t('statement.reverse')}</Button>}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
