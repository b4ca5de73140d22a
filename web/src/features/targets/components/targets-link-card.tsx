import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the province dashboard: the way to the complete progress table. */
export function TargetsLinkCard() {
  const { t } = useTranslation('targets');
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" wrap="nowrap">
        <Group wrap="nowrap">
          <IconTargetArrow size={28} stroke={1.5} aria-hidden />
          <Stack gap={2}>
            <Text fw={600}>{t('link')}</Text>
            <Text size="sm" c="dimmed">
              {t('linkDescription')}
            </Text>
          </Stack>
        </Group>
        <Button component={Link} to="/province/targets" variant="light">
          {t('open')}
        </Button>
      </Group>
    </Card>
  );
}
