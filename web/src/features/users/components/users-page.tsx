import { Alert, Badge, Button, Card, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useUsers, type User } from '../api/list-users';
import { CreateUserModal } from './create-user-modal';
import { DeactivateUserModal } from './deactivate-user-modal';

/** The accounts the caller administers: create one, or close one. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const me = useMe();
  const users = useUsers();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;

  const subtitle = me.data.role === 'PlatformAdmin' || !me.data.facility ? t('subtitleAll') : t('subtitleFacility', { facility: me.data.facility.name });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={subtitle}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={openCreate} data-testid="create-user">
            {t('create')}
          </Button>
        }
      />
      {notice && (
        <Alert color="teal" mb="md" withCloseButton closeButtonLabel={common('actions.close')} onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={880}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('columns.email')}</Table.Th>
                  <Table.Th scope="col">{t('columns.role')}</Table.Th>
                  <Table.Th scope="col">{t('columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('columns.createdAt')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" ta="center" py="md">
                        {t('empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {users.data.map((user) => {
                  const self = user.id === me.data.id;
                  return (
                    <Table.Tr key={user.id} data-testid="user-row">
                      <Table.Td>
                        <Text size="sm" fw={500} span>
                          {user.fullName}
                        </Text>
                        {self && (
                          <Badge ml="xs" size="xs" variant="light" component="span">
                            {t('you')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{user.email}</Text>
                      </Table.Td>
                      <Table.Td>{common(`roles.${user.role}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Badge color={user.isActive ? 'teal' : 'gray'} variant="light" style={{ minWidth: 'max-content' }}>
                          {user.isActive ? t('status.active') : t('status.inactive')}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(user.createdAt)}</Table.Td>
                      <Table.Td>
                        {user.isActive && !self && (
                          <Group justify="flex-end" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              leftSection={<IconUserOff size={16} aria-hidden />}
                              aria-label={t('deactivate.label', { name: user.fullName })}
                              onClick={() => setDeactivating(user)}
                            >
                              {t('deactivate.action')}
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
      <CreateUserModal
        me={me.data}
        opened={creating}
        onClose={closeCreate}
        onCreated={(user) => {
          closeCreate();
          setNotice(t('created', { email: user.email }));
        }}
      />
      <DeactivateUserModal
        user={deactivating}
        onClose={() => setDeactivating(null)}
        onDeactivated={(user) => {
          setDeactivating(null);
          setNotice(t('deactivate.done', { email: user.email }));
        }}
      />
    </>
  );
}
