import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useAnswerReferral } from '../api/answer-referral';
import { useReferralInbox, type ReferralPackage } from '../api/list-referral-inbox';

const statusColor = { Sent: 'blue', Accepted: 'teal', Declined: 'red', Completed: 'gray' } as const;

/** The referral inbox: each package as the sender shared it; accept into our own case, or decline with a reason. */
export function ReferralInboxPage() {
  const { t } = useTranslation('referrals');
  const inbox = useReferralInbox();
  if (inbox.isPending) return <Loading />;
  if (inbox.isError) return <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />;
  return (
    <Stack gap="md">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      {inbox.data.length === 0 && <Text c="dimmed">{t('inbox.empty')}</Text>}
      {inbox.data.map((p) => (
        <PackageCard key={p.id} p={p} />
      ))}
    </Stack>
  );
}

function PackageCard({ p }: { p: ReferralPackage }) {
  const { t } = useTranslation('referrals');
  const me = useSignedInUser();
  const answer = useAnswerReferral();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const notShared = t('inbox.notShared');
  return (
    <Card withBorder data-testid="referral-package">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('inbox.from', { facility: p.senderFacilityName, date: formatDate(p.sentOn) })}</Text>
        <Badge color={statusColor[p.status]}>{t(`status.${p.status}`)}</Badge>
      </Group>
      <Text size="sm">
        <b>{t('inbox.client')}:</b> {p.clientName ?? notShared}
        {p.birthYear ? ` (${p.birthYear})` : ''}
      </Text>
      <Text size="sm">
        <b>{t('inbox.reason')}:</b> {p.reason}
      </Text>
      {p.problemSummary && (
        <Text size="sm">
          <b>{t('inbox.problem')}:</b> {p.problemSummary}
        </Text>
      )}
      {p.phone && (
        <Text size="sm">
          <b>{t('inbox.phone')}:</b> {p.phone}
        </Text>
      )}
      {p.address && (
        <Text size="sm">
          <b>{t('inbox.address')}:</b> {p.address}
        </Text>
      )}
      {p.declineReason && <Text size="sm" c="red">{p.declineReason}</Text>}
      <ErrorBanner title={t('inbox.failed')} messages={answer.error ? [answer.error.message] : []} mt="xs" />
      {p.status === 'Sent' && can(me, 'clients.write') && (
        <Stack gap="xs" mt="sm">
          {declining && <Textarea label={t('inbox.declineReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} rows={2} />}
          <Group>
            <Button
              color="teal"
              loading={answer.isPending}
              onClick={() => answer.mutate({ referralId: p.id, accept: true, declineReason: null, version: p.version })}
              data-testid="accept-referral"
            >
              {t('inbox.accept')}
            </Button>
            <Button
              variant="default"
              disabled={declining && !reason.trim()}
              onClick={() => (declining ? answer.mutate({ referralId: p.id, accept: false, declineReason: reason.trim(), version: p.version }) : setDeclining(true))}
            >
              {t('inbox.decline')}
            </Button>
          </Group>
        </Stack>
      )}
      {p.receiverCaseId && (
        <Anchor component={Link} to={`/cases/${p.receiverCaseId}`} mt="xs" data-testid="referral-case-link">
          {t('inbox.openCase')}
        </Anchor>
      )}
    </Card>
  );
}
