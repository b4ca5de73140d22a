import { Button, Group, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatInteger, formatVnd } from '@/lib/format';
import { useFundraisingSummary } from '../api/get-summary';

/** The facility home's fundraising card: money raised this year against the target, patients supported, goods given out. */
export function FundraisingSummary() {
  const { t } = useTranslation('fundraising');
  const summary = useFundraisingSummary();
  if (summary.isPending) return <Loading />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  const share = s.yearlyTarget ? Math.min(100, (s.cashRaised / s.yearlyTarget) * 100) : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="fundraising-summary-title" data-testid="fundraising-summary">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="fundraising-summary-title">{t('summary.title', { year: s.year })}</Title>
        <Button component={Link} to="/fundraising" variant="light" size="xs" leftSection={<IconHeartHandshake size={16} aria-hidden />}>{t('summary.link')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
        <div>
          <Text size="sm" c="dimmed">{t('summary.raised')}</Text>
          <Text fz={20} fw={700} data-testid="summary-raised">{formatVnd(s.cashRaised)}</Text>
          {share !== null ? (
            <>
              <Progress value={share} mt={4} aria-label={t('summary.ofTarget', { target: formatVnd(s.yearlyTarget ?? 0) })} />
              <Text size="xs" c="dimmed">{t('summary.ofTarget', { target: formatVnd(s.yearlyTarget ?? 0) })}</Text>
            </>
          ) : (
            <Text size="xs" c="dimmed">{t('summary.noTarget')}</Text>
          )}
        </div>
        <div>
          <Text size="sm" c="dimmed">{t('summary.patients')}</Text>
          <Text fz={20} fw={700} data-testid="summary-patients">{formatInteger(s.patientsSupported)}</Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">{t('summary.goods')}</Text>
          <Text fz={20} fw={700}>{formatInteger(s.goodsItemsDistributed)}</Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">{t('summary.open')}</Text>
          <Text fz={20} fw={700}>{formatInteger(s.openCampaigns)}</Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}
