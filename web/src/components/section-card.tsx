import { Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled block of a screen: a <section> named by its h2 for screen readers, with a one-line description. */
export function SectionCard({ title, description, children }: { title: ReactNode; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
