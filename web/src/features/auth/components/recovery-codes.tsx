import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown this once: copy them or download them as a text file. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone?: () => void; doneLabel?: string }) {
  const { t } = useTranslation('auth');
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([`SocialWorkCloud — ${t('mfa.recoveryTitle')}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'socialworkcloud-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="sm" data-testid="recovery-codes">
      <Alert color="yellow" title={t('mfa.recoveryTitle')}>
        {t('mfa.recoveryHint')}
      </Alert>
      <SimpleGrid cols={2} spacing="xs">
        {codes.map((code) => (
          <Text key={code} ff="monospace" fz="md" data-testid="recovery-code">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('mfa.copied') : t('mfa.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={download}>
          {t('mfa.download')}
        </Button>
        {onDone && <Button onClick={onDone}>{doneLabel ?? t('mfa.done')}</Button>}
      </Group>
    </Stack>
  );
}
