import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, RowAction, StatusBadge } from '@/components/query-table';
import { useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import type { CreatedApiClient } from '../api/create-api-client';
import { useApiClients, type ApiClient } from '../api/list-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';
import { ClientSecretModal } from './client-secret-modal';
import { CreateApiClientModal } from './create-api-client-modal';

/** Third-party systems allowed to call the API: register one (its secret is shown once), or revoke one. */
export function ApiClientsPage() {
  const { t } = useTranslation('api-clients');
  const me = useSignedInUser();
  const clients = useApiClients();
  const revoke = useRevokeApiClient();
  const platformAdmin = me.role === 'PlatformAdmin';
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedApiClient | null>(null);
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const subtitle = platformAdmin || !me.facility ? t('subtitleAll') : t('subtitleFacility', { facility: me.facility.name });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={subtitle}
        actions={
          <Button leftSection={<IconKey size={18} aria-hidden />} onClick={openCreate} data-testid="create-api-client">
            {t('create')}
          </Button>
        }
      />
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <QueryTable
        query={clients}
        label={t('tableLabel')}
        minWidth={platformAdmin ? 1000 : 880}
        columns={[
          t('columns.name'),
          t('columns.clientId'),
          t('columns.scopes'),
          platformAdmin && t('columns.binding'),
          t('columns.createdAt'),
          t('columns.lastUsedAt'),
          t('columns.status'),
        ]}
        actionsLabel={t('columns.actions')}
        empty={t('empty')}
        row={(client) => {
          const revoked = Boolean(client.revokedAt);
          return (
            <Table.Tr key={client.id} data-testid="api-client-row" data-revoked={revoked || undefined}>
              <Table.Td>
                <Text size="sm" fw={500} c={revoked ? 'dimmed' : undefined}>
                  {client.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{client.clientId}</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {client.scopes.map((scope) => (
                    <Badge key={scope} variant="outline" size="sm" color={scope === 'write' ? 'orange' : 'blue'}>
                      {t(`scope.${scope}`, { defaultValue: scope })}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              {platformAdmin && (
                <Table.Td>
                  {client.provinceId
                    ? t('boundTo.province', { province: client.provinceName ?? '' })
                    : (client.facilityName ?? t('boundTo.facility'))}
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(client.createdAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{client.lastUsedAt ? formatDateTime(client.lastUsedAt) : <Text size="sm" c="dimmed">{t('neverUsed')}</Text>}</Table.Td>
              <Table.Td>
                {revoked ? (
                  <Stack gap={2}>
                    <StatusBadge color="red">{t('status.revoked')}</StatusBadge>
                    <Text size="xs" c="dimmed">
                      {t('status.revokedOn', { date: formatDate(client.revokedAt) })}
                    </Text>
                  </Stack>
                ) : (
                  <StatusBadge color="teal">{t('status.active')}</StatusBadge>
                )}
              </Table.Td>
              <Table.Td>
                {!revoked && (
                  <RowAction
                    icon={<IconPlugConnectedX size={16} aria-hidden />}
                    label={t('revoke.action')}
                    ariaLabel={t('revoke.label', { name: client.name })}
                    onClick={() => setRevoking(client)}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
      <CreateApiClientModal
        me={me}
        opened={creating}
        onClose={closeCreate}
        onCreated={(result) => {
          closeCreate();
          setNotice(null);
          setCreated(result);
        }}
      />
      <ClientSecretModal created={created} onClose={() => setCreated(null)} />
      {/* Revoking a client: the API refuses its tokens from now on, and it cannot be undone. */}
      <ConfirmActionModal
        subject={revoking}
        title={t('revoke.title')}
        message={(client) => t('revoke.text', { name: client.name, clientId: client.clientId })}
        note={t('revoke.irreversible')}
        confirmLabel={t('revoke.confirm')}
        failedTitle={t('revoke.failed')}
        mutation={revoke}
        variables={(client) => client.id}
        onClose={() => setRevoking(null)}
        onDone={(client) => {
          setRevoking(null);
          setNotice(t('revoke.done', { name: client.name }));
        }}
      />
    </>
  );
}
