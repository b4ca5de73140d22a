import { Badge, Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const modules = [
  { key: 'fundraising', icon: IconHeartHandshake },
  { key: 'activities', icon: IconCalendarEvent },
] as const;

/** Placeholders for the modules still to come: clearly marked, no invented figures. */
export function UpcomingModules() {
  const { t } = useTranslation('facility-home');
  return (
    <section aria-labelledby="upcoming-modules-title">
      <Title order={2} fz="lg" mb="sm" id="upcoming-modules-title">
        {t('modules.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {modules.map(({ key, icon: Icon }) => (
          <Card key={key} withBorder padding="lg" data-testid="upcoming-module" style={{ borderStyle: 'dashed' }}>
            <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
              <ThemeIcon variant="light" color="gray" size="lg" radius="md">
                <Icon size={20} aria-hidden />
              </ThemeIcon>
              <Badge color="gray" variant="outline">
                {t('modules.comingSoon')}
              </Badge>
            </Group>
            <Title order={3} fz="md" c="dimmed">
              {t(`modules.${key}.title`)}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`modules.${key}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
