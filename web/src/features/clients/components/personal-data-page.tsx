import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate } from '@/lib/format';
import { useOpenDataRequests } from '../api/list-data-requests';
import { useRetentionDue } from '../api/list-retention-due';
import { RequestStatus } from './client-data-rights';

/** The unit head's personal-data desk: open data-subject requests (overdue flagged) and the retention review list. */
export function PersonalDataPage() {
  const { t } = useTranslation('clients');
  const requests = useOpenDataRequests();
  const due = useRetentionDue();
  return (
    <Stack>
      <PageHeader title={t('personalData.title')} subtitle={t('personalData.subtitle')} />
      <SectionCard title={t('personalData.openRequests')}>
        {requests.error ? (
          <QueryError error={requests.error} />
        ) : (requests.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('personalData.noOpenRequests')}
          </Text>
        ) : (
          <Table aria-label={t('personalData.openRequests')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('personalData.client')}</Table.Th>
                <Table.Th>{t('dataRights.kindLabel')}</Table.Th>
                <Table.Th>{t('dataRights.receivedOn')}</Table.Th>
                <Table.Th>{t('dataRights.dueOn')}</Table.Th>
                <Table.Th>{t('dataRights.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(requests.data ?? []).map((r) => (
                <Table.Tr key={r.id} data-testid="open-request-row">
                  <Table.Td>
                    {r.clientName ? (
                      <Anchor component={Link} to={`/clients/${r.clientId}`}>
                        {r.clientName}
                      </Anchor>
                    ) : (
                      t('personalData.deletedClient')
                    )}
                  </Table.Td>
                  <Table.Td>{t(`dataRights.kind.${r.kind}`)}</Table.Td>
                  <Table.Td>{formatDate(r.receivedOn)}</Table.Td>
                  <Table.Td>{formatDate(r.dueOn)}</Table.Td>
                  <Table.Td>
                    <RequestStatus request={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SectionCard title={t('personalData.retention')} description={t('personalData.retentionDescription')}>
        {due.error ? (
          <QueryError error={due.error} />
        ) : (due.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('personalData.noneDue')}
          </Text>
        ) : (
          <Table aria-label={t('personalData.retention')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('personalData.kindLabel')}</Table.Th>
                <Table.Th>{t('personalData.client')}</Table.Th>
                <Table.Th>{t('personalData.since')}</Table.Th>
                <Table.Th>{t('dataRights.dueOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(due.data ?? []).map((i) => (
                <Table.Tr key={i.id} data-testid="retention-row">
                  <Table.Td>{t(`personalData.kind.${i.kind}`)}</Table.Td>
                  <Table.Td>{i.clientName ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(i.since)}</Table.Td>
                  <Table.Td>{formatDate(i.dueOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
    </Stack>
  );
}
