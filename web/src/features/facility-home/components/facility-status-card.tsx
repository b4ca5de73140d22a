import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDate, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useFacilityKpis, type FacilityKpis } from '../api/get-facility-kpis';

const stateColor: Record<FacilityKpis['provinceState'], string> = {
  NotJudged: 'gray',
  NoFacility: 'gray',
  Behind: 'orange',
  OnTrack: 'teal',
  Met: 'green',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** The facility's place in its province's social-work targets (Decision 112/QĐ-TTg), computed by the API as of today. */
export function FacilityStatusCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation('facility-home');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const kpis = useFacilityKpis(facilityId);
  const titleId = 'facility-status-title';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId} data-testid="facility-status">
      <Group justify="space-between" align="baseline" mb="md" gap="xs">
        <Title order={2} fz="lg" id={titleId}>
          {t('status.title')}
        </Title>
        {kpis.data && (
          <Text size="sm" c="dimmed">
            {t('status.asOf', { date: formatDate(kpis.data.asOf) })}
          </Text>
        )}
      </Group>
      {kpis.isPending ? (
        <Loading />
      ) : kpis.isError ? (
        <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : (
        <Stack gap="md">
          <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="md" m={0}>
            <Fact label={t('status.group')}>{common(`facilityGroup.${kpis.data.group}`)}</Fact>
            <Fact label={t('status.unit')}>{common(`unitStatus.${kpis.data.unitStatus}`)}</Fact>
            <Fact label={t('status.counts')}>
              <Badge color={kpis.data.countsTowardTarget ? 'teal' : 'orange'} variant="light" component="span">
                {kpis.data.countsTowardTarget ? t('status.countsYes') : t('status.countsNo')}
              </Badge>
            </Fact>
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t(`status.countsRule.${kpis.data.group}`)}
          </Text>
          <Card withBorder bg="gray.0" padding="md" radius="md">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600}>
                  {t('status.indicator')}: {common(`kpiIndicator.${kpis.data.indicator}`)}
                </Text>
                <Badge color={stateColor[kpis.data.provinceState]} variant="filled" aria-label={`${t('status.state')}: ${common(`kpiState.${kpis.data.provinceState}`)}`}>
                  {common(`kpiState.${kpis.data.provinceState}`)}
                </Badge>
              </Group>
              <SimpleGrid component="dl" cols={2} spacing="md" m={0}>
                <Fact label={t('status.provinceShare')}>{formatPercent(kpis.data.provinceSharePercent, language)}</Fact>
                <Fact label={t('status.target')}>
                  {kpis.data.targetPercent != null ? formatPercent(kpis.data.targetPercent, language) : t('status.noTarget')}
                </Fact>
              </SimpleGrid>
              {kpis.data.targetPercent != null && (
                <Progress
                  value={Math.min(100, kpis.data.provinceSharePercent)}
                  color={stateColor[kpis.data.provinceState]}
                  aria-label={t('status.progressLabel', {
                    share: formatPercent(kpis.data.provinceSharePercent, language),
                    target: formatPercent(kpis.data.targetPercent, language),
                  })}
                />
              )}
            </Stack>
          </Card>
        </Stack>
      )}
    </Card>
  );
}
