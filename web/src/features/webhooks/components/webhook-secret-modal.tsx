import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A signing secret to show: after creating a subscription, or after rotating its secret. */
export type ShownSecret = { kind: 'created' | 'rotated'; url: string; secret: string };

/**
 * The one moment a signing secret is visible. The dialog closes only on purpose (no click outside, no Escape),
 * and the secret is kept nowhere once it is closed.
 */
export function WebhookSecretModal({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  const { t } = useTranslation('webhooks');
  const { t: common } = useTranslation();
  const labelId = useId();

  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={shown ? t(shown.kind === 'created' ? 'secret.createdTitle' : 'secret.rotatedTitle') : ''}
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
      closeButtonProps={{ 'aria-label': common('actions.close') }}
    >
      {shown && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('secret.warningTitle')}>
            {t('secret.warning')}
          </Alert>
          <Text size="sm">
            {t('secret.url')}: <Code>{shown.url}</Code>
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500} id={labelId}>
              {t('secret.secret')}
            </Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Code
                aria-labelledby={labelId}
                data-testid="webhook-secret"
                fz="sm"
                px="sm"
                py={6}
                style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', userSelect: 'all' }}
              >
                {shown.secret}
              </Code>
              <CopyButton value={shown.secret} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant={copied ? 'filled' : 'light'}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    onClick={copy}
                    aria-label={copied ? common('actions.copied') : t('secret.copySecret')}
                    style={{ flexShrink: 0 }}
                  >
                    {copied ? common('actions.copied') : common('actions.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Text size="sm" c="dimmed">
            {t('secret.howTo')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('secret.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
