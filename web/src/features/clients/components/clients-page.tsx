import { Anchor, Badge, Button, Card, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconMessages, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatInteger } from '@/lib/format';
import { useClients } from '../api/list-clients';
import { ClientFormModal } from './client-form-modal';

/** The facility's client register: search (accents ignored), masked identifiers, register with the duplicate check. */
export function ClientsPage() {
  const { t } = useTranslation('clients');
  const me = useSignedInUser();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const clients = useClients(debounced.trim(), page);
  const [registering, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button component={Link} to="/counselling" variant="light" leftSection={<IconMessages size={18} aria-hidden />} data-testid="counselling-log">
              {t('log.title')}
            </Button>
            {can(me, 'imports.clients') && (
              <Button component={Link} to="/imports/clients" variant="light" data-testid="clients-import-link">
                {t('import')}
              </Button>
            )}
            {can(me, 'clients.write') && (
              <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open} data-testid="register-client">
                {t('register')}
              </Button>
            )}
          </>
        }
      />
      <TextInput
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        data-testid="client-search"
      />
      {clients.isPending ? (
        <Loading />
      ) : clients.isError ? (
        <QueryError error={clients.error} onRetry={() => void clients.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  {(['fullName', 'birthYear', 'nationalId', 'phone', 'patientId', 'vulnerabilities'] as const).map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`columns.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clients.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {clients.data.items.map((client) => (
                  <Table.Tr key={client.id} data-testid="client-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${client.id}`} size="sm" fw={500} aria-label={t('openLabel', { name: client.fullName })}>
                        {client.fullName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{client.birthYear ?? '—'}</Table.Td>
                    <Table.Td style={{ fontFamily: 'monospace' }}>{client.nationalIdMasked ?? '—'}</Table.Td>
                    <Table.Td style={{ fontFamily: 'monospace' }}>{client.phoneMasked ?? '—'}</Table.Td>
                    <Table.Td>{client.patientId ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {client.vulnerabilities.map((v) => (
                          <Badge key={v} size="xs" variant="light">
                            {t(`vulnerability.${v}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {clients.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {/* Past a thousand matches the API stops counting: the worker types more of the name instead of paging. */}
            {t(clients.data.totalIsLowerBound ? 'totalAtLeast' : 'total', { count: clients.data.totalCount, formatted: formatInteger(clients.data.totalCount) })}
          </Text>
          {clients.data.totalPages > 1 && <Pagination total={clients.data.totalPages} value={page} onChange={setPage} />}
        </Group>
      )}
      <ClientFormModal
        opened={registering}
        onClose={close}
        onSaved={(client) => {
          close();
          void navigate(`/clients/${client.id}`);
        }}
        onOpenExisting={(clientId) => {
          close();
          void navigate(`/clients/${clientId}`);
        }}
      />
    </Stack>
  );
}
