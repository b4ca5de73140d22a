import { Badge, Button, Card, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, todayIso } from '@/lib/format';
import { useCaseReferrals } from '../api/list-case-referrals';
import { useReferralReceivers } from '../api/list-referral-receivers';
import { useSendReferral, type SendReferralInput } from '../api/send-referral';
import { useUpdateReferralStatus } from '../api/update-referral-status';
import { DateField } from '@/components/date-field';

const agencies = ['Police', 'Justice', 'SocialProtectionCentre', 'School', 'Ngo', 'HospitalOffPlatform', 'Other'] as const;
const shareKeys = ['name', 'birthYear', 'sex', 'phone', 'address', 'problem', 'needs'] as const;
type Share = Record<(typeof shareKeys)[number], boolean>;
const noShare: Share = { name: false, birthYear: false, sex: false, phone: false, address: false, problem: false, needs: false };

/** A case's referrals and the form to send one (external agency, or a facility on the platform with the fields to share). */
export function CaseReferrals({ caseId, open }: { caseId: string; open: boolean }) {
  const { t } = useTranslation('referrals');
  const me = useSignedInUser();
  const referrals = useCaseReferrals(caseId);
  const send = useSendReferral(caseId);
  const status = useUpdateReferralStatus(caseId);
  const [target, setTarget] = useState<SendReferralInput['target']>('PlatformFacility');
  const [agencyKind, setAgencyKind] = useState<string | null>('Police');
  const [agencyName, setAgencyName] = useState('');
  const [receiverSearch, setReceiverSearch] = useState('');
  const [debounced] = useDebouncedValue(receiverSearch, 300);
  const receivers = useReferralReceivers(debounced.trim());
  const [receiver, setReceiver] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [sentOn, setSentOn] = useState<string | null>(todayIso());
  const [share, setShare] = useState<Share>({ ...noShare, name: true, birthYear: true, problem: true });
  const [sharesPersonalData, setSharesPersonalData] = useState(false);
  const [override, setOverride] = useState('');
  const [outcome, setOutcome] = useState('');

  if (referrals.isPending) return <Loading />;
  if (referrals.isError) return <QueryError error={referrals.error} onRetry={() => void referrals.refetch()} />;
  const errors = [send, status].map((m) => m.error?.message).filter((m): m is string => Boolean(m));

  const submit = () =>
    send.mutate(
      {
        target,
        agencyKind: target === 'ExternalAgency' ? (agencyKind as SendReferralInput['agencyKind']) : undefined,
        agencyName: target === 'ExternalAgency' ? agencyName.trim() : null,
        receiverFacilityId: target === 'PlatformFacility' ? receiver : null,
        reason: reason.trim(),
        sentOn: sentOn ?? todayIso(),
        sharesPersonalData,
        share: target === 'PlatformFacility' ? share : undefined,
        consentOverrideReason: override.trim() || null,
      },
      { onSuccess: () => setReason('') },
    );

  return (
    <Stack gap="md">
      <ErrorBanner title={t('case.failed')} messages={errors} />
      {referrals.data.length === 0 && <Text c="dimmed">{t('case.empty')}</Text>}
      {referrals.data.map((r) => (
        <Card key={r.id} withBorder data-testid="case-referral">
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {r.receiverFacilityName ?? `${r.agencyName} (${t(`agency.${r.agencyKind ?? 'Other'}`)})`} · {formatDate(r.sentOn)}
            </Text>
            <Badge>{t(`status.${r.status}`)}</Badge>
          </Group>
          <Text size="sm">{r.reason}</Text>
          {r.declineReason && <Text size="sm" c="red">{t('case.declineReason', { reason: r.declineReason })}</Text>}
          {r.consentOverrideReason && <Text size="xs" c="orange">{t('case.overridden', { reason: r.consentOverrideReason })}</Text>}
          {r.outcome && <Text size="sm">{r.outcome}</Text>}
          <Group mt="xs">
            {r.status === 'Sent' && r.target === 'ExternalAgency' && (
              <>
                <Button size="xs" variant="light" onClick={() => status.mutate({ referralId: r.id, status: 'Accepted', outcome: null, version: r.version })}>
                  {t('case.accepted')}
                </Button>
                <Button size="xs" variant="default" onClick={() => status.mutate({ referralId: r.id, status: 'Declined', outcome: null, version: r.version })}>
                  {t('case.declined')}
                </Button>
              </>
            )}
            {r.status === 'Accepted' && (
              <>
                <TextInput size="xs" placeholder={t('case.outcome')} aria-label={t('case.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} maxLength={2000} />
                <Button size="xs" disabled={!outcome.trim()} onClick={() => status.mutate({ referralId: r.id, status: 'Completed', outcome: outcome.trim(), version: r.version }, { onSuccess: () => setOutcome('') })}>
                  {t('case.complete')}
                </Button>
              </>
            )}
          </Group>
        </Card>
      ))}
      {open && (
        <Stack gap="xs">
          <Text fw={600}>{t('case.send')}</Text>
          <SegmentedControl
            value={target}
            onChange={(value) => setTarget(value as SendReferralInput['target'])}
            data={[
              { value: 'PlatformFacility', label: t('case.platform') },
              { value: 'ExternalAgency', label: t('case.external') },
            ]}
          />
          {target === 'ExternalAgency' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('case.agencyKind')} data={agencies.map((a) => ({ value: a, label: t(`agency.${a}`) }))} value={agencyKind} onChange={setAgencyKind} allowDeselect={false} />
              <TextInput label={t('case.agencyName')} value={agencyName} onChange={(e) => setAgencyName(e.currentTarget.value)} maxLength={300} />
              <Checkbox label={t('case.sharesPersonalData')} checked={sharesPersonalData} onChange={(e) => setSharesPersonalData(e.currentTarget.checked)} />
            </SimpleGrid>
          ) : (
            <>
              <Select
                label={t('case.receiver')}
                searchable
                searchValue={receiverSearch}
                onSearchChange={setReceiverSearch}
                filter={({ options }) => options}
                data={(receivers.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
                value={receiver}
                onChange={setReceiver}
                data-testid="referral-receiver"
              />
              <Text size="sm">{t('case.share')}</Text>
              <Group>
                {shareKeys.map((key) => (
                  <Checkbox
                    key={key}
                    label={t(`case.share${key[0].toUpperCase()}${key.slice(1)}`)}
                    checked={share[key]}
                    onChange={(e) => setShare({ ...share, [key]: e.currentTarget.checked })}
                  />
                ))}
              </Group>
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label={t('case.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} rows={2} maxLength={2000} data-testid="referral-reason" />
            <DateField label={t('case.sentOn')} value={sentOn} onChange={setSentOn} />
          </SimpleGrid>
          {can(me, 'cases.supervise') && <TextInput label={t('case.override')} value={override} onChange={(e) => setOverride(e.currentTarget.value)} maxLength={2000} />}
          <Button
            style={{ alignSelf: 'flex-start' }}
            disabled={!reason.trim() || (target === 'PlatformFacility' ? !receiver : !agencyName.trim())}
            loading={send.isPending}
            onClick={submit}
            data-testid="send-referral"
          >
            {t('case.send')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
