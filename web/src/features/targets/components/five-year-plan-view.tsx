import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { FiveYearPlan } from '../api/five-year-plan-types';
import type { Indicator } from '../api/get-province-progress';
import { toGrid } from '../utils/five-year-values';
import { planStatusColor } from '../utils/progress-table';
import { FiveYearTargetsGrid } from './five-year-targets-grid';

/** A five-year plan read only, as the Health Department reads it: its texts as readable paragraphs and the targets grid. */
/** `withStatus` false where the status is already in the card's title (the unit's own page). */
export function FiveYearPlanView({ plan, indicators, withStatus = true }: { plan: FiveYearPlan; indicators: Indicator[]; withStatus?: boolean }) {
  const { t } = useTranslation('targets');
  // Only the indicators the plan sets a target on: a reader looks for what the unit committed to.
  const shown = indicators.filter((i) => plan.targets.some((x) => x.indicatorCode === i.code));
  const section = (label: string, text: string | null | undefined) =>
    text ? (
      <div>
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </div>
    ) : null;
  return (
    <Stack gap="sm">
      <Group>
        {withStatus && <Badge color={planStatusColor[plan.status]}>{t(`plans.statuses.${plan.status}`)}</Badge>}
        {plan.submittedAt && <Text size="sm">{t('fiveYear.submittedOn', { date: formatDate(plan.submittedAt.slice(0, 10)) })}</Text>}
      </Group>
      {section(t('fiveYear.generalGoal'), plan.generalGoal)}
      {section(t('fiveYear.specificObjectives'), plan.specificObjectives)}
      <Text fw={600} size="sm">
        {t('fiveYear.targets')}
      </Text>
      {shown.length > 0 ? (
        <FiveYearTargetsGrid indicators={shown} startYear={plan.startYear} grid={toGrid(plan.targets, shown, plan.startYear)} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('fiveYear.noTargets')}
        </Text>
      )}
      {section(t('fiveYear.solutions'), plan.solutions)}
      {section(t('fiveYear.recommendations'), plan.recommendations)}
    </Stack>
  );
}
