import { Alert, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api/problem';
import { formatDate, formatDateTime, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { runIsFinished, type KpiRun } from '../api/get-kpi-run';

function problemText(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail ?? (Object.values(error.errors).flat().join(' ') || error.title);
  return error instanceof Error ? error.message : String(error);
}

/** Where a recomputation stands: queued or running with its progress, then finished or failed. */
export function KpiRunStatus({ run, error }: { run: KpiRun | undefined; error: unknown }) {
  const { t } = useTranslation('kpis');
  const language = useLanguage();

  if (!run)
    return error ? (
      <Alert color="red" title={t('recompute.failed')} role="alert">
        {problemText(error)}
      </Alert>
    ) : null;

  const finished = runIsFinished(run.status);
  const status = t(`recompute.runStatus.${run.status}`);
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite">
      <Stack gap={6}>
        <Text size="sm" fw={500} data-testid="kpi-run-status" data-status={run.status}>
          {t('recompute.status', { asOf: formatDate(run.asOf), status })}
          {!finished && ` (${formatPercent(run.progressPercent, language)})`}
        </Text>
        {!finished && (
          <Progress
            value={run.progressPercent}
            striped
            animated
            size="lg"
            aria-label={t('recompute.progress')}
            data-testid="kpi-run-progress"
          />
        )}
        {run.status === 'Succeeded' && (
          <Text size="sm" c="dimmed">
            {t('recompute.finishedAt', { time: formatDateTime(run.finishedAt) })}
          </Text>
        )}
        {run.status === 'Failed' && (
          <Alert color="red" title={t('recompute.failed')}>
            {run.error ?? ''}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
