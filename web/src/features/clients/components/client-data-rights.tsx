import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { DateField } from '@/components/date-field';
import { SectionCard } from '@/components/section-card';
import { formatDate, todayIso } from '@/lib/format';
import { useCloseDataRequest } from '../api/close-data-request';
import { useExportClientData } from '../api/export-client-data';
import type { ClientDetail } from '../api/get-client';
import { useLiftClientRestriction } from '../api/lift-client-restriction';
import { useClientDataRequests, type DataSubjectRequest, type DataSubjectRequestKind } from '../api/list-client-data-requests';
import { usePseudonymiseClient } from '../api/pseudonymise-client';
import { useReceiveDataRequest } from '../api/receive-data-request';
import { useRestrictClient } from '../api/restrict-client';

const kinds: DataSubjectRequestKind[] = ['Access', 'Correction', 'Restriction', 'Deletion'];

/** The status of one request: open (overdue flagged), completed or refused. */
export function RequestStatus({ request }: { request: DataSubjectRequest }) {
  const { t } = useTranslation('clients');
  if (request.status !== 'Open') return <Badge color={request.status === 'Completed' ? 'teal' : 'gray'}>{t(`dataRights.status.${request.status}`)}</Badge>;
  return request.overdue ? (
    <Badge color="red" data-testid="request-overdue">
      {t('dataRights.overdue')}
    </Badge>
  ) : (
    <Badge color="blue">{t('dataRights.status.Open')}</Badge>
  );
}

/** "Quyền của chủ thể dữ liệu" (Law 91/2025), for the unit head: requests with their due dates, export, restriction, pseudonymisation. */
export function ClientDataRights({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const requests = useClientDataRequests(client.id, true);
  const receive = useReceiveDataRequest(client.id);
  const close = useCloseDataRequest();
  const exportData = useExportClientData(client.id);
  const restrict = useRestrictClient(client.id);
  const lift = useLiftClientRestriction(client.id);
  const pseudonymise = usePseudonymiseClient(client.id);
  const [kind, setKind] = useState<DataSubjectRequestKind>('Access');
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso());
  const [detail, setDetail] = useState('');
  const [confirming, setConfirming] = useState(false);
  const errors = [receive, close, exportData, restrict, lift, pseudonymise, requests].map((m) => m.error?.message).filter((m): m is string => Boolean(m));
  const restricted = Boolean(client.restrictedSince);
  return (
    <SectionCard title={t('dataRights.title')} description={t('dataRights.description')}>
      <Stack gap="sm" data-testid="data-rights">
        <ErrorBanner title={t('dataRights.failed')} messages={errors} />
        <Group gap="xs">
          {restricted && (
            <Badge color="orange" data-testid="restricted-badge">
              {t('dataRights.restrictedSince', { date: formatDate(client.restrictedSince!.slice(0, 10)) })}
            </Badge>
          )}
          {client.pseudonymisedAt && <Badge color="gray">{t('dataRights.pseudonymised')}</Badge>}
        </Group>
        <Group>
          <Button variant="light" loading={exportData.isPending} onClick={() => exportData.mutate()} data-testid="export-personal-data">
            {t('dataRights.export')}
          </Button>
          {restricted ? (
            <Button variant="light" loading={lift.isPending} onClick={() => lift.mutate()} data-testid="lift-restriction">
              {t('dataRights.lift')}
            </Button>
          ) : (
            <Button variant="light" color="orange" loading={restrict.isPending} onClick={() => restrict.mutate()} data-testid="restrict-client">
              {t('dataRights.restrict')}
            </Button>
          )}
          {!client.pseudonymisedAt &&
            (confirming ? (
              <Group gap="xs">
                <Text size="sm">{t('dataRights.pseudonymiseConfirm')}</Text>
                <Button color="red" loading={pseudonymise.isPending} onClick={() => pseudonymise.mutate(undefined, { onSettled: () => setConfirming(false) })} data-testid="confirm-pseudonymise">
                  {t('dataRights.pseudonymise')}
                </Button>
                <Button variant="subtle" onClick={() => setConfirming(false)}>
                  {t('dataRights.cancel')}
                </Button>
              </Group>
            ) : (
              <Button variant="light" color="red" onClick={() => setConfirming(true)} data-testid="pseudonymise-client">
                {t('dataRights.pseudonymise')}
              </Button>
            ))}
        </Group>
        {(requests.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dataRights.empty')}
          </Text>
        ) : (
          <Table aria-label={t('dataRights.requests')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dataRights.kindLabel')}</Table.Th>
                <Table.Th>{t('dataRights.receivedOn')}</Table.Th>
                <Table.Th>{t('dataRights.dueOn')}</Table.Th>
                <Table.Th>{t('dataRights.statusLabel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(requests.data ?? []).map((r) => (
                <Table.Tr key={r.id} data-testid="data-request-row">
                  <Table.Td>{t(`dataRights.kind.${r.kind}`)}</Table.Td>
                  <Table.Td>{formatDate(r.receivedOn)}</Table.Td>
                  <Table.Td>{formatDate(r.dueOn)}</Table.Td>
                  <Table.Td>
                    <RequestStatus request={r} />
                  </Table.Td>
                  <Table.Td>
                    {r.status === 'Open' && (
                      <Button size="compact-xs" variant="subtle" onClick={() => close.mutate({ requestId: r.id, status: 'Completed', outcome: null, version: r.version })}>
                        {t('dataRights.complete')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end">
          <Select label={t('dataRights.kindLabel')} data={kinds.map((k) => ({ value: k, label: t(`dataRights.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as DataSubjectRequestKind)} allowDeselect={false} />
          <DateField label={t('dataRights.receivedOn')} value={receivedOn} onChange={setReceivedOn} />
          <TextInput label={t('dataRights.detail')} value={detail} onChange={(e) => setDetail(e.currentTarget.value)} maxLength={2000} />
          <Button
            loading={receive.isPending}
            disabled={!receivedOn}
            onClick={() => receive.mutate({ kind, receivedOn: receivedOn!, detail: detail.trim() || null }, { onSuccess: () => setDetail('') })}
            data-testid="record-data-request"
          >
            {t('dataRights.record')}
          </Button>
        </Group>
        <Anchor component={Link} to="/personal-data" size="sm">
          {t('dataRights.allRequests')}
        </Anchor>
      </Stack>
    </SectionCard>
  );
}
