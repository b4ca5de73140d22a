import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../api/get-province-progress';
import type { Plan } from '../api/plan-types';
import { pathRows, periodLabel, type PathState } from '../utils/five-year-values';
import { formatValue, indicatorName, planStatusColor } from '../utils/progress-table';

const pathColor: Record<PathState, string> = { onPath: 'teal', belowPath: 'red', noAnnualTarget: 'gray' };

/** The annual plan's targets beside the five-year plan's targets for the same year: is the year on the five-year path? */
export function FiveYearPathTable({ plan, indicators }: { plan: Plan; indicators: Indicator[] }) {
  const { t, i18n } = useTranslation('targets');
  const fiveYear = plan.fiveYear;
  if (!fiveYear) return null;
  const rows = pathRows(plan.targets, fiveYear, indicators);
  return (
    <div data-testid="five-year-path">
      <Text fw={600} size="sm">
        {t('fiveYear.path.title', { period: periodLabel(fiveYear.startYear), year: plan.year })}{' '}
        <Badge size="xs" variant="light" color={planStatusColor[fiveYear.status]}>
          {t(`plans.statuses.${fiveYear.status}`)}
        </Badge>
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('fiveYear.path.none', { year: plan.year })}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder fz="sm" aria-label={t('fiveYear.path.title', { period: periodLabel(fiveYear.startYear), year: plan.year })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.indicator')}</Table.Th>
                <Table.Th ta="right">{t('fiveYear.path.fiveYearTarget')}</Table.Th>
                <Table.Th ta="right">{t('fiveYear.path.annualTarget', { year: plan.year })}</Table.Th>
                <Table.Th>{t('fiveYear.path.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.indicator.code}>
                  <Table.Td>{indicatorName(row.indicator, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatValue(row.fiveYearTarget, row.indicator.unit, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatValue(row.annualTarget, row.indicator.unit, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={pathColor[row.state]} variant="light">
                      {t(`fiveYear.path.states.${row.state}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
