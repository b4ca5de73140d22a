import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { can, useSignedInUser } from '@/lib/auth/me';
import { importKinds, importPermission } from '../api/import-kind';

/** "Nhập từ Excel": the kinds the signed-in role may import, in the order a new province or facility would. */
export function ImportKindsPage() {
  const { t } = useTranslation('imports');
  const me = useSignedInUser();
  const kinds = importKinds.filter((kind) => can(me, importPermission[kind]));
  return (
    <Stack>
      <PageHeader title={t('index.title')} subtitle={t('index.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {kinds.map((kind) => (
          <Paper key={kind} withBorder p="md" data-testid={`import-kind-${kind}`}>
            <Stack gap={4}>
              <Anchor component={Link} to={`/imports/${kind}`} fw={600}>
                <IconFileSpreadsheet size={16} aria-hidden /> {t(`${kind}.title`)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`${kind}.subtitle`)}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
