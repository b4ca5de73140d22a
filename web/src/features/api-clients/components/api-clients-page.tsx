import { Alert, Badge, Button, Card, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import type { CreatedApiClient } from '../api/create-api-client';
import { useApiClients, type ApiClient } from '../api/list-api-clients';
import { useProvinces } from '../api/list-provinces';
import { ClientSecretModal } from './client-secret-modal';
import { CreateApiClientModal } from './create-api-client-modal';
import { RevokeApiClientModal } from './revoke-api-client-modal';

/** Third-party systems allowed to call the API: register one (its secret is shown once), or revoke one. */
export function ApiClientsPage() {
  const { t } = useTranslation('api-clients');
  const { t: common } = useTranslation();
  const me = useMe();
  const clients = useApiClients();
  const platformAdmin = me.data?.role === 'PlatformAdmin';
  const provinces = useProvinces(platformAdmin);
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedApiClient | null>(null);
  const [revoking, setRevoking] = useState<ApiClient | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;

  const subtitle = platformAdmin || !me.data.facility ? t('subtitleAll') : t('subtitleFacility', { facility: me.data.facility.name });
  const provinceName = (id: string) => provinces.data?.find((p) => p.id === id)?.name;
  const columns = platformAdmin ? 8 : 7;

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
      {notice && (
        <Alert color="teal" mb="md" withCloseButton closeButtonLabel={common('actions.close')} onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}
      {clients.isPending ? (
        <Loading />
      ) : clients.isError ? (
        <QueryError error={clients.error} onRetry={() => void clients.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={platformAdmin ? 1000 : 880}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('columns.clientId')}</Table.Th>
                  <Table.Th scope="col">{t('columns.scopes')}</Table.Th>
                  {platformAdmin && <Table.Th scope="col">{t('columns.binding')}</Table.Th>}
                  <Table.Th scope="col">{t('columns.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('columns.lastUsedAt')}</Table.Th>
                  <Table.Th scope="col">{t('columns.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clients.data.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {clients.data.map((client) => {
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
                            ? provinceName(client.provinceId)
                              ? t('boundTo.province', { province: provinceName(client.provinceId) })
                              : t('boundTo.provinceUnknown')
                            : t('boundTo.facility')}
                        </Table.Td>
                      )}
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(client.createdAt)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{client.lastUsedAt ? formatDateTime(client.lastUsedAt) : <Text size="sm" c="dimmed">{t('neverUsed')}</Text>}</Table.Td>
                      <Table.Td>
                        {revoked ? (
                          <Stack gap={2}>
                            <Badge color="red" variant="light" style={{ minWidth: 'max-content' }}>
                              {t('status.revoked')}
                            </Badge>
                            <Text size="xs" c="dimmed">
                              {t('status.revokedOn', { date: formatDate(client.revokedAt) })}
                            </Text>
                          </Stack>
                        ) : (
                          <Badge color="teal" variant="light" style={{ minWidth: 'max-content' }}>
                            {t('status.active')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {!revoked && (
                          <Group justify="flex-end" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              leftSection={<IconPlugConnectedX size={16} aria-hidden />}
                              aria-label={t('revoke.label', { name: client.name })}
                              onClick={() => setRevoking(client)}
                            >
                              {t('revoke.action')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <CreateApiClientModal
        me={me.data}
        opened={creating}
        onClose={closeCreate}
        onCreated={(result) => {
          closeCreate();
          setNotice(null);
          setCreated(result);
        }}
      />
      <ClientSecretModal created={created} onClose={() => setCreated(null)} />
      <RevokeApiClientModal
        client={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(client) => {
          setRevoking(null);
          setNotice(t('revoke.done', { name: client.name }));
        }}
      />
    </>
  );
}
