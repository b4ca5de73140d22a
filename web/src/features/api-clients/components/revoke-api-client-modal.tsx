import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/list-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';

/** Asks before revoking a client; the client stays null while the dialog is shut. */
export function RevokeApiClientModal({ client, onClose, onRevoked }: { client: ApiClient | null; onClose: () => void; onRevoked: (client: ApiClient) => void }) {
  const { t } = useTranslation('api-clients');
  const { t: common } = useTranslation();
  const revoke = useRevokeApiClient();

  const close = () => {
    revoke.reset();
    onClose();
  };

  return (
    <Modal opened={client !== null} onClose={close} title={t('revoke.title')} closeButtonProps={{ 'aria-label': common('actions.close') }}>
      {client && (
        <Stack gap="sm">
          {revoke.isError && (
            <Alert color="red" title={t('revoke.failed')} role="alert">
              {revoke.error.message}
            </Alert>
          )}
          <Text>{t('revoke.text', { name: client.name, clientId: client.clientId })}</Text>
          <Text size="sm" c="dimmed">
            {t('revoke.irreversible')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {common('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(client.id, {
                  onSuccess: (revoked) => {
                    revoke.reset();
                    onRevoked(revoked);
                  },
                })
              }
            >
              {t('revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
