import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { useSignedInUser } from '@/lib/auth/me';
import { todayIso } from '@/lib/format';
import { useFacilityProgress } from '../api/get-facility-progress';
import { formatValue, indicatorName } from '../utils/progress-table';
import { StateBadge } from './state-badge';

/** The facility home's card: each indicator as of today against the year's target, and the link to the annual plan. */
export function FacilityProgressCard() {
  const { t, i18n } = useTranslation('targets');
  const me = useSignedInUser();
  const progress = useFacilityProgress(me.facility?.id, todayIso());
  if (!me.facility) return null;
  return (
    <SectionCard title={t('facilityCard.title', { year: progress.data?.year ?? new Date().getFullYear() })}>
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6}>
            {progress.data.cells
              .filter((c) => c.state !== 'NoTarget')
              .map((c) => {
                const indicator = progress.data.indicators.find((i) => i.code === c.indicatorCode);
                return (
                  <Group key={c.indicatorCode} justify="space-between" wrap="nowrap" data-testid={`home-progress-${c.indicatorCode}`}>
                    <Text size="sm">{indicatorName(indicator, i18n.language)}</Text>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {formatValue(c.actual, indicator?.unit, i18n.language)} / {formatValue(c.target, indicator?.unit, i18n.language)}
                      </Text>
                      <StateBadge state={c.state} />
                    </Group>
                  </Group>
                );
              })}
          </SimpleGrid>
          <Text size="sm">
            {progress.data.plan ? t(`plans.statuses.${progress.data.plan.status}`) : t('facilityCard.noPlan')}{' '}
            <Anchor component={Link} to="/plans">
              {t('facilityCard.openPlan')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </SectionCard>
  );
}
