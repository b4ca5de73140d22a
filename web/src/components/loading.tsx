import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py={48} role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t('states.loading')}</Text>
    </Center>
  );
}
