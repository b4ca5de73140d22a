import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row of a screen: one h1 per page for screen readers, actions on the right. */
export function PageHeader({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md">
      <div>
        <Title order={1} fz={22}>
          {title}
        </Title>
        {subtitle && <Text c="dimmed">{subtitle}</Text>}
      </div>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
