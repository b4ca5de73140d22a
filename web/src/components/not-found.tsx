import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a user sees for a URL that does not exist or a record they may not see: never its data. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py={64} gap="sm" data-testid="not-found">
      <Text fz={64} fw={700} c="teal.8" aria-hidden>
        404
      </Text>
      <Title order={1} fz={22}>
        {t('errors.notFoundTitle')}
      </Title>
      <Text c="dimmed" ta="center" maw={480}>
        {t('errors.notFoundText')}
      </Text>
      <Button component={Link} to="/">
        {t('errors.goHome')}
      </Button>
    </Stack>
  );
}
