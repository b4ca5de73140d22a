import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeactivateUser } from '../api/deactivate-user';
import type { User } from '../api/list-users';

/** Asks before closing an account; the user stays null while the dialog is shut. */
export function DeactivateUserModal({ user, onClose, onDeactivated }: { user: User | null; onClose: () => void; onDeactivated: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const deactivate = useDeactivateUser();

  const close = () => {
    deactivate.reset();
    onClose();
  };

  return (
    <Modal opened={user !== null} onClose={close} title={t('deactivate.title')} closeButtonProps={{ 'aria-label': common('actions.close') }}>
      {user && (
        <Stack gap="sm">
          {deactivate.isError && (
            <Alert color="red" title={t('deactivate.failed')} role="alert">
              {deactivate.error.message}
            </Alert>
          )}
          <Text>{t('deactivate.text', { name: user.fullName, email: user.email })}</Text>
          <Text size="sm" c="dimmed">
            {t('deactivate.keep')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {common('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivate.isPending}
              onClick={() =>
                deactivate.mutate(user.id, {
                  onSuccess: (closed) => {
                    deactivate.reset();
                    onDeactivated(closed);
                  },
                })
              }
            >
              {t('deactivate.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
