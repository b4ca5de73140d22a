import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { KpiFigure } from '../api/get-province-kpis';

const stateColor: Record<KpiFigure['state'], string> = {
  Met: 'green',
  OnTrack: 'teal',
  Behind: 'red',
  NotJudged: 'gray',
  NoFacility: 'gray',
};

/** One indicator as of the chosen date: the share, numerator/denominator, target and trajectory, and its state. */
export function KpiCard({ figure, year }: { figure: KpiFigure; year: number }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const { indicator } = figure;
  const share = formatPercent(figure.sharePercent, language);
  const titleId = `kpi-title-${indicator}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={`kpi-card-${indicator}`}>
      <Stack gap="xs">
        <div>
          <Text id={titleId} fw={600} component="h3" m={0} fz="md">
            {common(`kpiIndicator.${indicator}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`indicator.${indicator}`)}
          </Text>
        </div>
        <Badge color={stateColor[figure.state]} variant="light" size="lg" w="fit-content" data-testid={`kpi-state-${indicator}`}>
          {common(`kpiState.${figure.state}`)}
        </Badge>

        {figure.denominator === 0 ? (
          // An empty group has no share: "0 % behind" would blame a province for facilities it does not have.
          <Text fw={600} c="dimmed" data-testid={`kpi-empty-${indicator}`}>
            {t('card.noFacility')}
          </Text>
        ) : (
        <div>
          <Text fz={32} fw={700} lh={1.1} c={`${stateColor[figure.state]}.8`} data-testid={`kpi-share-${indicator}`}>
            {share}
          </Text>
          <Text c="dimmed" size="sm">
            <Text span fw={600} c="dark" data-testid={`kpi-count-${indicator}`}>
              {`${figure.numerator}/${figure.denominator}`}
            </Text>{' '}
            {t('card.facilities')}
          </Text>
        </div>
        )}

        {figure.denominator > 0 && (
          <Progress
            value={Math.min(100, figure.sharePercent)}
            color={stateColor[figure.state]}
            size="md"
            aria-label={t('card.progress', { indicator: common(`kpiIndicator.${indicator}`), share })}
          />
        )}

        <Stack gap={2}>
          {figure.trajectoryPercent != null ? (
            <>
              {figure.targetPercent != null && (
                <TargetRow label={t('card.yearTarget', { year })} value={formatPercent(figure.targetPercent, language)} testId={`kpi-target-${indicator}`} />
              )}
              <TargetRow label={t('card.trajectory')} value={formatPercent(figure.trajectoryPercent, language)} testId={`kpi-trajectory-${indicator}`} />
            </>
          ) : figure.targetPercent != null ? (
            <TargetRow label={t('card.target')} value={formatPercent(figure.targetPercent, language)} testId={`kpi-target-${indicator}`} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('card.notJudged')}
            </Text>
          )}
        </Stack>

        <Text size="sm" c={figure.laggardCount > 0 ? undefined : 'dimmed'}>
          {figure.laggardCount > 0 ? t('card.laggards', { count: figure.laggardCount }) : t('card.noLaggards')}
        </Text>
      </Stack>
    </Paper>
  );
}

function TargetRow({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}
