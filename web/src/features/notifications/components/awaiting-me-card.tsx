import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatInteger } from '@/lib/format';
import { useAwaiting } from '../api/get-awaiting';

/** "Việc chờ tôi" on the facility home: what asks me to act, counted per kind, each opening the inbox on that kind. */
export function AwaitingMeCard() {
  const { t } = useTranslation('notifications');
  const awaiting = useAwaiting();
  return (
    <Paper withBorder p="md" data-testid="awaiting-me">
      <Title order={2} fz="lg" mb="sm">
        {t('awaiting.title')}
      </Title>
      {awaiting.isPending ? (
        <Loading />
      ) : awaiting.isError ? (
        <QueryError error={awaiting.error} />
      ) : awaiting.data.length === 0 ? (
        <Text c="dimmed">{t('awaiting.none')}</Text>
      ) : (
        <Stack gap="xs">
          {awaiting.data.map((row) => (
            <Group key={row.kind} justify="space-between">
              <Anchor component={Link} to={`/notifications?kind=${row.kind}`}>
                {t(`kinds.${row.kind}`)}
              </Anchor>
              <Badge color="red" variant="light">
                {formatInteger(row.count)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
