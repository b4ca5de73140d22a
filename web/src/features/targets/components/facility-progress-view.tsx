import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '@/components/charts/line-chart';
import { SectionCard } from '@/components/section-card';
import { formatDate } from '@/lib/format';
import type { FacilityProgress } from '../api/get-facility-progress';
import { formatValue, indicatorName } from '../utils/progress-table';
import { StateBadge } from './state-badge';

/** A facility's indicators against its targets, its plan's own targets, and the month-end trend: aggregates only. */
export function FacilityProgressView({ progress }: { progress: FacilityProgress }) {
  const { t, i18n } = useTranslation('targets');
  const indicators = new Map(progress.indicators.map((i) => [i.code, i]));
  // The trend opens on the first indicator behind target, the one an officer asks about.
  const firstBehind = progress.cells.find((c) => c.state === 'Behind' && progress.trend.some((tr) => tr.indicatorCode === c.indicatorCode));
  const [charted, setCharted] = useState<string | null>(firstBehind?.indicatorCode ?? progress.trend[0]?.indicatorCode ?? null);
  const trend = progress.trend.find((tr) => tr.indicatorCode === charted);
  const chartedIndicator = charted ? indicators.get(charted) : undefined;
  const target = progress.cells.find((c) => c.indicatorCode === charted)?.target;

  return (
    <Stack gap="lg">
      <SectionCard title={t('facilityCard.title', { year: progress.year })} description={formatDate(progress.asOf)}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={t('facilityCard.title', { year: progress.year })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('table.indicator')}</Table.Th>
                <Table.Th scope="col">{t('table.actual')}</Table.Th>
                <Table.Th scope="col">{t('table.target')}</Table.Th>
                <Table.Th scope="col">{t('table.percent')}</Table.Th>
                <Table.Th scope="col">{t('table.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.cells.map((c) => {
                const indicator = indicators.get(c.indicatorCode);
                return (
                  <Table.Tr key={c.indicatorCode} bg={c.state === 'Behind' ? 'var(--mantine-color-red-0)' : undefined} data-testid={`facility-cell-${c.indicatorCode}`}>
                    <Table.Td>{indicatorName(indicator, i18n.language)}</Table.Td>
                    <Table.Td fw={600}>{formatValue(c.actual, indicator?.unit, i18n.language)}</Table.Td>
                    <Table.Td title={t(`sources.${c.targetSource}`)}>
                      {formatValue(c.target, indicator?.unit, i18n.language)}
                      {c.previousYear != null && (
                        <Text size="xs" c="dimmed" data-testid={`previous-year-${c.indicatorCode}`}>
                          {t('table.previousYear', { value: formatValue(c.previousYear, indicator?.unit, i18n.language) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.percentAchieved == null ? '—' : formatValue(c.percentAchieved, 'Percent', i18n.language)}</Table.Td>
                    <Table.Td>
                      <StateBadge state={c.state} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
      {progress.plan && progress.plan.targets.length > 0 && (
        <SectionCard title={t('facilityCard.plan')} description={t(`plans.statuses.${progress.plan.status}`)}>
          <Stack gap={6}>
            {progress.plan.targets.map((target, index) => {
              const indicator = target.indicatorCode ? indicators.get(target.indicatorCode) : undefined;
              return (
                <Group key={index} justify="space-between" wrap="nowrap">
                  <Text size="sm">{indicator ? indicatorName(indicator, i18n.language) : target.text}</Text>
                  {indicator && (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {formatValue(target.actual ?? null, indicator.unit, i18n.language)} / {formatValue(target.target ?? null, indicator.unit, i18n.language)}
                      </Text>
                      {target.state && <StateBadge state={target.state} />}
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        </SectionCard>
      )}
      {progress.trend.length > 0 && (
        <SectionCard title={t('drill.trend')}>
          <Stack gap="sm">
            <Select
              label={t('drill.indicator')}
              w={360}
              allowDeselect={false}
              value={charted}
              onChange={setCharted}
              data={progress.trend.map((tr) => ({ value: tr.indicatorCode, label: indicatorName(indicators.get(tr.indicatorCode), i18n.language) }))}
            />
            {trend && (
              <LineChart
                title={indicatorName(chartedIndicator, i18n.language)}
                xHeader={t('drill.month')}
                xTicks={trend.points.map((_, i) => i + 1)}
                yMax={chartedIndicator?.unit === 'Percent' ? 100 : undefined}
                formatY={(v) => formatValue(v, chartedIndicator?.unit, i18n.language)}
                series={[
                  {
                    id: 'actual',
                    name: t('table.actual'),
                    color: 'var(--mantine-color-teal-7)',
                    points: trend.points.map((p, i) => ({ x: i + 1, y: p.actual ?? 0, xLabel: formatDate(p.asOf) })),
                  },
                  ...(target != null
                    ? [{ id: 'target', name: t('table.target'), color: 'var(--mantine-color-red-6)', dashed: true, points: trend.points.map((p, i) => ({ x: i + 1, y: target, xLabel: formatDate(p.asOf) })) }]
                    : []),
                ]}
              />
            )}
          </Stack>
        </SectionCard>
      )}
    </Stack>
  );
}
