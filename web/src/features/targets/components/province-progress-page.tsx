import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { DateField } from '@/components/date-field';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { useSignedInUser } from '@/lib/auth/me';
import { formatDate } from '@/lib/format';
import { useExportProvinceProgress } from '../api/export-province-progress';
import { useProvinceProgress, type ProvinceProgress } from '../api/get-province-progress';
import { useAsOfParam } from '../hooks/use-as-of-param';
import { formatValue, indicatorName } from '../utils/progress-table';
import { ProgressTable } from './progress-table';
import { ProvinceFiveYearPlansSection } from './province-five-year-plans-section';
import { ProvincePlansSection } from './province-plans-section';
import { StateBadge } from './state-badge';
import { TargetsSection } from './targets-section';

/** The province officer's table of every indicator of every facility against its target, with the targets and plans below. */
export function ProvinceProgressPage() {
  const { t } = useTranslation('targets');
  const me = useSignedInUser();
  const provinceId = me.province?.id;
  if (!provinceId) return <PageHeader title={t('title')} subtitle={t('subtitle')} />;
  return <ProvinceProgressOf provinceId={provinceId} />;
}

function ProvinceProgressOf({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('targets');
  const [asOf, setAsOf] = useAsOfParam();
  const progress = useProvinceProgress(provinceId, asOf);
  const exporter = useExportProvinceProgress();
  const year = Number(asOf.slice(0, 4));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            variant="light"
            loading={exporter.isPending}
            onClick={() => exporter.mutate({ provinceId, asOf })}
          >
            {t('export')}
          </Button>
        }
      />
      {exporter.isError && <ErrorBanner title={t('exportFailed')} messages={[exporter.error.message]} />}
      <DateField label={t('asOf')} value={asOf} clearable={false} w={220} onChange={(value) => value && setAsOf(String(value).slice(0, 10))} />
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <BehindList progress={progress.data} asOf={asOf} />
            <Totals progress={progress.data} />
          </SimpleGrid>
          <ProgressTable progress={progress.data} facilityLink={(id) => `/province/targets/facilities/${id}?asOf=${asOf}`} />
        </>
      )}
      <TargetsSection provinceId={provinceId} year={year} />
      <ProvincePlansSection provinceId={provinceId} year={year} />
      <ProvinceFiveYearPlansSection provinceId={provinceId} year={year} />
    </Stack>
  );
}

/** The facilities behind target, most indicators behind first: named, as the Health Department asks. */
function BehindList({ progress, asOf }: { progress: ProvinceProgress; asOf: string }) {
  const { t } = useTranslation('targets');
  const behind = progress.facilities.filter((f) => f.behindCount > 0).sort((a, b) => b.behindCount - a.behindCount);
  const shown = behind.slice(0, 12);
  return (
    <SectionCard title={t('behind.title')} description={formatDate(progress.asOf)}>
      {behind.length === 0 ? (
        <Text c="dimmed">{t('behind.none')}</Text>
      ) : (
        <List spacing={4} size="sm" data-testid="behind-list">
          {shown.map((f) => (
            <List.Item key={f.facilityId}>
              <Anchor component={Link} to={`/province/targets/facilities/${f.facilityId}?asOf=${asOf}`}>
                {f.name}
              </Anchor>{' '}
              <Text span c="red.8" size="sm">
                ({t('behind.count', { count: f.behindCount })})
              </Text>
            </List.Item>
          ))}
          {behind.length > shown.length && <List.Item>{t('behind.more', { count: behind.length - shown.length })}</List.Item>}
        </List>
      )}
    </SectionCard>
  );
}

function Totals({ progress }: { progress: ProvinceProgress }) {
  const { t, i18n } = useTranslation('targets');
  const indicators = new Map(progress.indicators.map((i) => [i.code, i]));
  return (
    <SectionCard title={t('totals.title')}>
      <Stack gap={6}>
        {progress.totals.map((c) => {
          const indicator = indicators.get(c.indicatorCode);
          return (
            <Card key={c.indicatorCode} padding={6} withBorder>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{indicatorName(indicator, i18n.language)}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={700} data-testid={`total-${c.indicatorCode}`}>
                    {formatValue(c.actual, indicator?.unit, i18n.language)}
                  </Text>
                  {c.target != null && (
                    <Text size="xs" c="dimmed">
                      / {formatValue(c.target, indicator?.unit, i18n.language)}
                    </Text>
                  )}
                  <StateBadge state={c.state} />
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </SectionCard>
  );
}
