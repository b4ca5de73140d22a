import { Center, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';

/** The signed-out pages' frame: sign in, forgot password, set a password from an e-mailed link. */
export function PublicCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t: common } = useTranslation();
  return (
    <Center mih="100vh" p="md" style={{ background: 'linear-gradient(160deg, #e6f4f1, #f5f7f8)' }}>
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Group justify="space-between" mb="xs">
          <Text fw={700} c="teal.8" fz="lg">
            {common('appName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Title order={1} fz={24}>
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" mb="md">
            {subtitle}
          </Text>
        )}
        {children}
      </Paper>
    </Center>
  );
}
