import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiClient } from '../api/create-api-client';

const tokenPath = '/api/v1/auth/token';

function CopyField({ label, value, copyLabel, testId }: { label: string; value: string; copyLabel: string; testId?: string }) {
  const { t: common } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          aria-labelledby={id}
          data-testid={testId}
          fz="sm"
          px="sm"
          py={6}
          style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', userSelect: 'all' }}
        >
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'light'}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              onClick={copy}
              aria-label={copied ? common('actions.copied') : copyLabel}
              style={{ flexShrink: 0 }}
            >
              {copied ? common('actions.copied') : common('actions.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/**
 * The one moment the client's secret is visible. The dialog only closes on purpose (no click outside, no Escape),
 * and the secret is not kept anywhere once it is closed.
 */
export function ClientSecretModal({ created, onClose }: { created: CreatedApiClient | null; onClose: () => void }) {
  const { t } = useTranslation('api-clients');
  const { t: common } = useTranslation();
  const tokenUrl = `${window.location.origin}${tokenPath}`;
  const example = created
    ? [`curl -X POST ${tokenUrl} \\`, '  -d grant_type=client_credentials \\', `  -d client_id=${created.client.clientId} \\`, `  -d client_secret=${created.clientSecret}`].join('\n')
    : '';

  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={created ? t('secret.title', { name: created.client.name }) : ''}
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
      closeButtonProps={{ 'aria-label': common('actions.close') }}
    >
      {created && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('secret.warningTitle')}>
            {t('secret.warning')}
          </Alert>
          <CopyField label={t('secret.clientId')} value={created.client.clientId} copyLabel={t('secret.copyClientId')} testId="client-id" />
          <CopyField label={t('secret.clientSecret')} value={created.clientSecret} copyLabel={t('secret.copySecret')} testId="client-secret" />
          <CopyField label={t('secret.tokenUrl')} value={tokenUrl} copyLabel={t('secret.copyTokenUrl')} />
          <Text size="sm">
            {t('secret.grantType')}: <Code>client_credentials</Code>
          </Text>
          <Text size="sm" c="dimmed">
            {t('secret.howTo')}
          </Text>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('secret.example')}
              </Text>
              <CopyButton value={example} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="subtle" onClick={copy} aria-label={copied ? common('actions.copied') : t('secret.copyExample')}>
                    {copied ? common('actions.copied') : common('actions.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {example}
            </Code>
          </Stack>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('secret.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
