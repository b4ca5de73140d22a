import { SectionCard } from '@/components/section-card';
import { Button, Group, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart, type LineChartSeries } from '@/components/charts/line-chart';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useKpiTrend, type KpiTrend } from '../api/get-kpi-trend';
import { yearEndPosition } from '../utils/as-of';

const colors = {
  PreventiveSocialWorkShare: 'var(--mantine-color-teal-7)',
  CurativeUnitShare: 'var(--mantine-color-blue-6)',
  CommuneStationShare: 'var(--mantine-color-grape-6)',
  ProvincialDistrictHospitalUnitShare: 'var(--mantine-color-indigo-7)',
  trajectory: 'var(--mantine-color-orange-7)',
} as const;

/** The preventive share at each year end against the 30 % (2025) → 60 % (2030) trajectory; the other shares on demand. */
export function KpiTrendChart({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('kpis');
  const trend = useKpiTrend(provinceId);

  return (
    <SectionCard title={t('trend.title')} description={t('trend.description')}>
      {trend.isPending ? (
        <Loading />
      ) : trend.isError ? (
        <QueryError error={trend.error} onRetry={() => void trend.refetch()} />
      ) : (
        <TrendBody trend={trend.data} />
      )}
    </SectionCard>
  );
}

function TrendBody({ trend }: { trend: KpiTrend }) {
  const { t } = useTranslation('kpis');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const [showOthers, setShowOthers] = useState(false);
  const [showTable, setShowTable] = useState(false);

  const shown = trend.series.filter((s) => showOthers || s.indicator === 'PreventiveSocialWorkShare');
  const shareSeries: LineChartSeries[] = shown.map((s) => ({
    id: s.indicator,
    name: common(`kpiIndicator.${s.indicator}`),
    color: colors[s.indicator],
    // The current year has no year-end snapshot yet: its point is today's live figure.
    points: s.points.map((p) => ({
      x: yearEndPosition(p.asOf),
      y: p.sharePercent,
      xLabel: p.live ? t('trend.today', { date: formatDate(p.asOf) }) : formatDate(p.asOf),
    })),
  }));
  // Each indicator its own target line, dashed in its colour (the preventive one is the 30 % → 60 % path).
  const targetSeries: LineChartSeries[] = shown
    .filter((s) => s.targets.length > 0)
    .map((s) => ({
      id: `target-${s.indicator}`,
      name: t('trend.targetOf', { indicator: common(`kpiIndicator.${s.indicator}`) }),
      color: s.indicator === 'PreventiveSocialWorkShare' ? colors.trajectory : colors[s.indicator],
      dashed: true,
      points: s.targets.map((target) => ({ x: target.year, y: target.trajectoryPercent, xLabel: String(target.year) })),
    }));
  const series = [...shareSeries, ...targetSeries];
  const hasFigures = shareSeries.some((s) => s.points.length > 0);

  return (
    <>
      <Group justify="space-between" mb="xs" gap="sm">
        <Switch label={t('trend.showOthers')} checked={showOthers} onChange={(event) => setShowOthers(event.currentTarget.checked)} />
        <Button variant="light" size="xs" onClick={() => setShowTable((value) => !value)} aria-pressed={showTable}>
          {showTable ? t('trend.hideTable') : t('trend.showTable')}
        </Button>
      </Group>
      {!hasFigures && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('trend.empty')}
        </Text>
      )}
      <LineChart
        title={t('trend.chartTitle')}
        series={series}
        yMax={100}
        formatY={(value) => formatPercent(value, language)}
        xHeader={t('trend.time')}
        showTable={showTable}
      />
    </>
  );
}
