import { Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, RowAction, StatusBadge } from '@/components/query-table';
import { useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useDeactivateUser } from '../api/deactivate-user';
import { useUsers, type User } from '../api/list-users';
import { CreateUserModal } from './create-user-modal';

/** The accounts the caller administers: create one, or close one. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const me = useSignedInUser();
  const users = useUsers();
  const deactivate = useDeactivateUser();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A platform admin sees every account, so each row says where it belongs.
  const platformAdmin = me.role === 'PlatformAdmin';
  const subtitle = platformAdmin || !me.facility ? t('subtitleAll') : t('subtitleFacility', { facility: me.facility.name });

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
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <QueryTable
        query={users}
        label={t('tableLabel')}
        minWidth={880}
        columns={[
          t('columns.fullName'),
          t('columns.email'),
          t('columns.role'),
          ...(platformAdmin ? [t('columns.belongsTo')] : []),
          t('columns.status'),
          t('columns.createdAt'),
        ]}
        actionsLabel={t('columns.actions')}
        empty={t('empty')}
        row={(user) => {
          const self = user.id === me.id;
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
              {platformAdmin && <Table.Td>{user.facilityName ?? user.provinceName ?? '—'}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge color={user.isActive ? 'teal' : 'gray'}>{user.isActive ? t('status.active') : t('status.inactive')}</StatusBadge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(user.createdAt)}</Table.Td>
              <Table.Td>
                {user.isActive && !self && (
                  <RowAction
                    icon={<IconUserOff size={16} aria-hidden />}
                    label={t('deactivate.action')}
                    ariaLabel={t('deactivate.label', { name: user.fullName })}
                    onClick={() => setDeactivating(user)}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
      <CreateUserModal
        me={me}
        opened={creating}
        onClose={closeCreate}
        onCreated={(user) => {
          closeCreate();
          setNotice(t('created', { email: user.email }));
        }}
      />
      {/* Closing an account: it can no longer sign in and its sessions end; its records stay. */}
      <ConfirmActionModal
        subject={deactivating}
        title={t('deactivate.title')}
        message={(user) => t('deactivate.text', { name: user.fullName, email: user.email })}
        note={t('deactivate.keep')}
        confirmLabel={t('deactivate.confirm')}
        failedTitle={t('deactivate.failed')}
        mutation={deactivate}
        variables={(user) => user.id}
        onClose={() => setDeactivating(null)}
        onDone={(user) => {
          setDeactivating(null);
          setNotice(t('deactivate.done', { email: user.email }));
        }}
      />
    </>
  );
}
