import { Alert, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { runIsFinished, type ReportRun } from '../api/get-report-run';

/** A generation while it runs (step and progress bar), or its failure. Nothing once it has succeeded. */
export function ReportRunProgress({ run }: { run: ReportRun | undefined }) {
  const { t } = useTranslation('reports');
  if (!run || run.status === 'Succeeded') return null;
  if (run.status === 'Failed')
    return (
      <Alert color="red" title={t('run.failed')} role="alert">
        {run.error ?? ''}
      </Alert>
    );
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite" data-testid="report-run" data-status={run.status}>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('run.title')} — {t(`run.${run.status}`)} ({run.progressPercent}%)
        </Text>
        {run.step && (
          <Text size="xs" c="dimmed">
            {t('run.step', { step: run.step })}
          </Text>
        )}
        {!runIsFinished(run.status) && <Progress value={run.progressPercent} striped animated size="lg" aria-label={t('run.progress')} />}
      </Stack>
    </Paper>
  );
}
