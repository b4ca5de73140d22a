import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChecklist, IconHeartHandshake, IconPlus, IconSettings, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NoticeBanner } from '@/components/banners';
import { PageHeader } from '@/components/page-header';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatVnd } from '@/lib/format';
import { useCheckConsistency } from '../api/check-consistency';
import { useCampaigns } from '../api/list-campaigns';
import { statusColor } from '../utils/values';
import { CreateCampaignModal } from './create-campaign-modal';
import { SettingsModal } from './settings-modal';

/** The facility's campaigns and general fund, each with what came in, went out and remains. */
export function CampaignsPage() {
  const { t } = useTranslation('fundraising');
  const me = useSignedInUser();
  const campaigns = useCampaigns();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const [configuring, settings] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  const check = useCheckConsistency();
  const runCheck = () =>
    check.mutate(undefined, {
      onSuccess: (result) =>
        setNotice(result.inconsistent === 0 ? t('consistency.ok', { count: result.campaigns }) : t('consistency.off', { count: result.campaigns, off: result.inconsistent })),
      onError: (error) => setNotice(error.message),
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button component={Link} to="/fundraising/donors" variant="light" leftSection={<IconUsers size={18} aria-hidden />}>
              {t('donorsLink')}
            </Button>
            {can(me, 'fundraising.manage') && (
              <Button variant="default" leftSection={<IconChecklist size={18} aria-hidden />} onClick={runCheck} loading={check.isPending} data-testid="check-ledger">
                {t('consistency.action')}
              </Button>
            )}
            {can(me, 'fundraising.manage') && (
              <Button variant="default" leftSection={<IconSettings size={18} aria-hidden />} onClick={settings.open} data-testid="fundraising-settings">
                {t('settings.open')}
              </Button>
            )}
            {can(me, 'fundraising.record') && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open} data-testid="create-campaign">
                {t('newCampaign')}
              </Button>
            )}
          </>
        }
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <QueryTable
        query={campaigns}
        label={t('tableLabel')}
        minWidth={900}
        columns={[t('columns.title'), t('columns.dates'), t('columns.status'), t('columns.received'), t('columns.distributed'), t('columns.balance')]}
        actionsLabel={t('columns.actions')}
        empty={t('empty')}
        row={(c) => (
          <Table.Tr key={c.id} data-testid="campaign-row">
            <Table.Td>
              <Text size="sm" fw={500} component={Link} to={`/fundraising/campaigns/${c.id}`} c="blue">
                {c.title}
              </Text>
              <Group gap={4} mt={2}>
                <Badge size="xs" variant="outline" color="gray">
                  {t(`kind.${c.kind}`)}
                </Badge>
                {c.isPublished && (
                  <Badge size="xs" variant="light" color="grape">
                    {t('published')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDate(c.startDate)}
              {c.endDate ? ` – ${formatDate(c.endDate)}` : ''}
            </Table.Td>
            <Table.Td>
              <StatusBadge color={statusColor[c.status]}>{t(`status.${c.status}`)}</StatusBadge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(c.totals.cashReceived)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVnd(c.totals.cashDistributed)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>
              {formatVnd(c.totals.cashBalance)}
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" component={Link} to={`/fundraising/campaigns/${c.id}`} leftSection={<IconHeartHandshake size={14} aria-hidden />}>
                {t('open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <SettingsModal
        opened={configuring}
        onClose={settings.close}
        onSaved={() => {
          settings.close();
          setNotice(t('settings.saved'));
        }}
      />
      <CreateCampaignModal
        opened={creating}
        onClose={close}
        onCreated={(campaign) => {
          close();
          void navigate(`/fundraising/campaigns/${campaign.id}`);
        }}
      />
    </>
  );
}
