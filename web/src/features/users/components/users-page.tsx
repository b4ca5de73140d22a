import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconMailForward, IconPencil, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { ConfirmActionModal } from '@/components/confirm-action-modal';
import { PageHeader } from '@/components/page-header';
import { QueryTable, RowAction, StatusBadge } from '@/components/query-table';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useDeactivateUser } from '../api/deactivate-user';
import { useReactivateUser } from '../api/reactivate-user';
import { useResendInvitation } from '../api/resend-invitation';
import { useSendPasswordReset } from '../api/send-password-reset';
import { useUsers, type User } from '../api/list-users';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { MfaRequirementSwitch } from './mfa-requirement-switch';

/** The accounts the caller administers: invite one, edit, resend an invitation, send a reset link, close or reopen one. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const me = useSignedInUser();
  const users = useUsers();
  const deactivate = useDeactivateUser();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const reactivate = useReactivateUser();
  const resend = useResendInvitation();
  const sendReset = useSendPasswordReset();
  const [failure, setFailure] = useState<string | null>(null);
  // Each row action reports on the banner: done, or why not (the API's message).
  const run = <T,>(mutation: { mutate: (id: string, options: { onSuccess: () => void; onError: (e: Error) => void }) => T }, user: User, done: string) => {
    setFailure(null);
    mutation.mutate(user.id, { onSuccess: () => setNotice(t(done, { email: user.email })), onError: (e) => setFailure(e.message) });
  };
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
      {can(me, 'facility.mfa.manage') && <MfaRequirementSwitch />}
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <ErrorBanner title={t('actionFailed')} messages={failure ? [failure] : []} />
      <QueryTable
        query={users}
        label={t('tableLabel')}
        minWidth={1180}
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
                <StatusBadge color={!user.isActive ? 'gray' : user.invitationPending ? 'yellow' : 'teal'}>
                  {!user.isActive ? t('status.inactive') : user.invitationPending ? t('status.invited') : t('status.active')}
                </StatusBadge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(user.createdAt)}</Table.Td>
              <Table.Td>
                <Group justify="flex-end" gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} aria-label={t('edit.label', { name: user.fullName })} onClick={() => setEditing(user)}>
                    {t('edit.action')}
                  </Button>
                  {user.isActive && user.invitationPending && (
                    <Button size="xs" variant="subtle" leftSection={<IconMailForward size={16} aria-hidden />} loading={resend.isPending && resend.variables === user.id}
                      aria-label={t('resend.label', { name: user.fullName })} onClick={() => run(resend, user, 'resend.done')}>
                      {t('resend.action')}
                    </Button>
                  )}
                  {user.isActive && !user.invitationPending && !self && (
                    <Button size="xs" variant="subtle" leftSection={<IconKey size={16} aria-hidden />} loading={sendReset.isPending && sendReset.variables === user.id}
                      aria-label={t('reset.label', { name: user.fullName })} onClick={() => run(sendReset, user, 'reset.done')}>
                      {t('reset.action')}
                    </Button>
                  )}
                  {!user.isActive && (
                    <Button size="xs" variant="subtle" color="teal" leftSection={<IconUserCheck size={16} aria-hidden />} loading={reactivate.isPending && reactivate.variables === user.id}
                      aria-label={t('reactivate.label', { name: user.fullName })} onClick={() => run(reactivate, user, 'reactivate.done')}>
                      {t('reactivate.action')}
                    </Button>
                  )}
                  {user.isActive && !self && (
                    <RowAction
                      icon={<IconUserOff size={16} aria-hidden />}
                      label={t('deactivate.action')}
                      ariaLabel={t('deactivate.label', { name: user.fullName })}
                      onClick={() => setDeactivating(user)}
                    />
                  )}
                </Group>
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
      <EditUserModal
        me={me}
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          setEditing(null);
          setNotice(t('edit.done', { email: user.email }));
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
