import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api/problem';
import { NotFound } from './not-found';

/** The one way a screen shows a failed load: not found, not allowed, or the problem with its trace id. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404) return <NotFound />;
  if (error instanceof ApiProblem && error.status === 403)
    return (
      <Stack align="center" py={64} gap="sm">
        <Title order={1} fz={22}>
          {t('errors.forbiddenTitle')}
        </Title>
        <Text c="dimmed">{t('errors.forbiddenText')}</Text>
      </Stack>
    );
  const problem = error instanceof ApiProblem ? error : undefined;
  return (
    <Alert color="red" title={t('states.error')} role="alert">
      <Text size="sm">{problem?.message ?? t('errors.generic')}</Text>
      {problem?.traceId && (
        <Text size="xs" c="dimmed">
          {t('errors.traceId', { traceId: problem.traceId })}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" mt="sm" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      )}
    </Alert>
  );
}
