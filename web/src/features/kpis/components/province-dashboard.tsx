import { Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCalendar, IconRefresh } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatDateTime } from '@/lib/format';
import { useProvinces } from '@/lib/reference-data/provinces';
import { runIsFinished, useKpiRun } from '../api/get-kpi-run';
import { useProvinceKpis } from '../api/get-province-kpis';
import { useRecomputeKpis } from '../api/recompute-kpis';
import { useDashboardParams } from '../hooks/use-dashboard-params';
import { isAsOf, maxAsOf, minAsOf } from '../utils/as-of';
import { KpiCard } from './kpi-card';
import { KpiRunStatus } from './kpi-run-status';

// The commune tile map is below the fold: it loads after the figures, outside the dashboard's first bundle.
// The lists below the figures load after them: the dashboard's first paint stays within the bundle budget.
// The trend is below the cards: it loads after them (bundle budget, with the hospital-level card added).
const KpiTrendChart = lazy(() => import('./kpi-trend-chart').then((module) => ({ default: module.KpiTrendChart })));
const LaggardList = lazy(() => import('./laggard-list').then((module) => ({ default: module.LaggardList })));
const StatusHints = lazy(() => import('./status-hints').then((module) => ({ default: module.StatusHints })));
const ProvinceMap = lazy(() => import('./province-map').then((module) => ({ default: module.ProvinceMap })));

/**
 * The date the figures are computed as of, in the browser's own date field: dd/mm/yyyy in Vietnamese, the phone's
 * own calendar on a phone, the API's range as its bounds. Mantine's DateInput with its popover (floating-ui) was a
 * fifth of what sign-in plus this screen sent down the wire (issue 19). A date applies once it is whole and in range;
 * the field is left to the browser while it is typed in, and follows the address otherwise (back, forward).
 */
function AsOfField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('kpis');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (field.current && document.activeElement !== field.current) field.current.value = value;
  }, [value]);
  return (
    <TextInput
      ref={field}
      type="date"
      label={t('asOf.label')}
      description={t('asOf.description')}
      defaultValue={value}
      min={minAsOf}
      max={maxAsOf}
      onChange={(event) => isAsOf(event.currentTarget.value) && onChange(event.currentTarget.value)}
      onBlur={(event) => !isAsOf(event.currentTarget.value) && (event.currentTarget.value = value)}
      leftSection={<IconCalendar size={16} aria-hidden />}
      w={220}
      data-testid="kpi-as-of"
    />
  );
}

/**
 * The province dashboard (/province): a province officer sees their own province; a platform admin,
 * who has none, picks one. KPI cards as of a date, the trend against the trajectory, the facilities
 * pulling each share down, and a recomputation on demand.
 */
export function ProvinceDashboard() {
  const { t } = useTranslation('kpis');
  const me = useSignedInUser();
  const { province: provinceParam, setProvince } = useDashboardParams();
  const own = me.province ?? null;
  const provinces = useProvinces({ enabled: !own });
  const canRecompute = can(me, 'kpis.recompute');

  if (own) return <ProvinceKpis key={own.id} provinceId={own.id} provinceName={own.name} canRecompute={canRecompute} />;

  if (provinces.isPending) return <Loading />;
  if (provinces.isError) return <QueryError error={provinces.error} onRetry={() => void provinces.refetch()} />;
  if (provinces.data.length === 0)
    return (
      <>
        <PageHeader title={t('title')} />
        <Text c="dimmed">{t('province.none')}</Text>
      </>
    );

  const selected = provinces.data.find((p) => p.id === provinceParam) ?? provinces.data[0];
  const picker = (
    <NativeSelect
      label={t('province.label')}
      value={selected.id}
      onChange={(event) => setProvince(event.currentTarget.value)}
      data={provinces.data.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
      w={260}
      data-testid="kpi-province"
    />
  );
  return <ProvinceKpis key={selected.id} provinceId={selected.id} provinceName={selected.name} canRecompute={canRecompute} picker={picker} />;
}

function ProvinceKpis({
  provinceId,
  provinceName,
  canRecompute,
  picker,
}: {
  provinceId: string;
  provinceName: string;
  canRecompute: boolean;
  picker?: ReactNode;
}) {
  const { t } = useTranslation('kpis');
  const { asOf, setAsOf } = useDashboardParams();
  const kpis = useProvinceKpis(provinceId, asOf);
  const recompute = useRecomputeKpis(provinceId);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useKpiRun(provinceId, runId);
  const running = recompute.isPending || (runId !== null && !runIsFinished(run.data?.status));
  const refreshing = kpis.isFetching && kpis.isPlaceholderData;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle', { province: provinceName, asOf: formatDate(asOf) })}
        actions={
          canRecompute && (
            <Button
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={running}
              onClick={() => recompute.mutate({ asOf }, { onSuccess: (started) => setRunId(started.id) })}
              data-testid="recompute-kpis"
            >
              {t('recompute.button')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Group align="flex-end" gap="md">
            {picker}
            <AsOfField value={asOf} onChange={setAsOf} />
            <Group gap="xs" pb={6}>
              {refreshing && <Loader size="xs" aria-label={t('refreshing')} />}
              {kpis.data && (
                <Text size="sm" c="dimmed" data-testid="kpi-computed-at">
                  {t('computedAt', { time: formatDateTime(kpis.data.computedAt) })}
                </Text>
              )}
            </Group>
          </Group>
        </Paper>

        {(runId !== null || recompute.isError) && <KpiRunStatus run={run.data} error={recompute.error ?? run.error} />}

        {kpis.isPending ? (
          <Loading />
        ) : kpis.isError ? (
          <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />
        ) : (
          <>
            <section aria-labelledby="kpi-figures-title" aria-busy={refreshing}>
              <VisuallyHidden>
                <h2 id="kpi-figures-title">{t('card.figures')}</h2>
              </VisuallyHidden>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ opacity: refreshing ? 0.6 : 1 }}>
                {kpis.data.figures.map((figure) => (
                  <KpiCard key={figure.indicator} figure={figure} year={Number(kpis.data.asOf.slice(0, 4))} />
                ))}
              </SimpleGrid>
            </section>
            <Suspense fallback={null}>
              <StatusHints provinceId={provinceId} asOf={kpis.data.asOf} />
            </Suspense>
            <Suspense fallback={<Loading />}>
              <KpiTrendChart provinceId={provinceId} />
            </Suspense>
            <Suspense fallback={<Loading />}>
              <ProvinceMap provinceId={provinceId} asOf={kpis.data.asOf} />
            </Suspense>
            <Suspense fallback={<Loading />}>
              <LaggardList provinceId={provinceId} asOf={kpis.data.asOf} figures={kpis.data.figures} />
            </Suspense>
          </>
        )}
      </Stack>
    </>
  );
}
