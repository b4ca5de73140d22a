import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatVnd } from '@/lib/format';
import type { Indicator } from '../api/get-province-progress';
import type { Plan } from '../api/plan-types';
import { formatValue, indicatorName, planStatusColor } from '../utils/progress-table';
import { FiveYearPathTable } from './five-year-path-table';

/** A plan read only: its objectives, targets and activities, as the Health Department reads it. */
export function PlanView({ plan, indicators }: { plan: Plan; indicators: Indicator[] }) {
  const { t, i18n } = useTranslation('targets');
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return (
    <Stack gap="sm">
      <Group>
        <Badge color={planStatusColor[plan.status]}>{t(`plans.statuses.${plan.status}`)}</Badge>
        {plan.submittedAt && <Text size="sm">{formatDate(plan.submittedAt.slice(0, 10))}</Text>}
      </Group>
      {plan.summary && <Text size="sm">{plan.summary}</Text>}
      <Text fw={600}>{t('plans.targets')}</Text>
      <List size="sm">
        {plan.targets.map((target, index) => {
          const indicator = target.indicatorCode ? byCode.get(target.indicatorCode) : undefined;
          return (
            <List.Item key={index}>
              {indicator ? `${indicatorName(indicator, i18n.language)}: ${formatValue(target.value ?? null, indicator.unit, i18n.language)}` : target.text}
            </List.Item>
          );
        })}
      </List>
      <FiveYearPathTable plan={plan} indicators={indicators} />
      <Text fw={600}>{t('plans.activities')}</Text>
      <Table withTableBorder fz="sm">
        <Table.Tbody>
          {plan.activities.map((a, index) => (
            <Table.Tr key={index}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>{a.month ? `${t('plans.month')} ${a.month}` : t('plans.allYear')}{a.timing ? ` · ${a.timing}` : ''}</Table.Td>
              <Table.Td>{a.responsible}</Table.Td>
              <Table.Td>{a.budgetVnd ? formatVnd(a.budgetVnd) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">{t('plans.totalBudget', { value: formatVnd(plan.totalBudgetVnd) })}</Text>
    </Stack>
  );
}
