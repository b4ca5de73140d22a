import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatChange, formatDate, formatInteger } from '@/lib/format';
import { useCaseFigures } from '../api/get-case-figures';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The facility home's case-management figures for this year. */
export function CaseFiguresCard() {
  const { t } = useTranslation('cases');
  const figures = useCaseFigures();
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <QueryError error={figures.error} onRetry={() => void figures.refetch()} />;
  const f = figures.data;
  const change = f.averageDistressChange;
  return (
    <SectionCard title={t('figures.title')} description={t('figures.period', { from: formatDate(f.from), to: formatDate(f.to) })}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('figures.opened')} value={formatInteger(f.casesOpened)} testId="figure-opened" />
          <Figure label={t('figures.closed')} value={formatInteger(f.casesClosed)} testId="figure-closed" />
          <Figure label={t('figures.open')} value={formatInteger(f.openCases)} />
          <Figure label={t('figures.daysToClose')} value={f.averageDaysToClose == null ? '—' : String(f.averageDaysToClose).replace('.', ',')} />
          <Figure label={t('figures.children')} value={formatInteger(f.childrenInSpecialCircumstancesSupported)} />
          <Figure label={t('figures.counselling')} value={formatInteger(f.counsellingSessions)} />
          <Figure label={t('figures.distress')} value={change == null ? '—' : formatChange(change)} />
          <Figure label={t('figures.referrals')} value={formatInteger(f.referralsByStatus.reduce((sum, r) => sum + r.referrals, 0))} />
        </SimpleGrid>
        {f.clientsByVulnerability.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('figures.byCategory')}:
            </Text>
            {f.clientsByVulnerability.map((c) => (
              <Text key={c.category} size="sm">
                {t(`figures.category.${c.category}`)} {formatInteger(c.clients)};
              </Text>
            ))}
          </Group>
        )}
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('figures.referralsByStatus')}:
          </Text>
          {f.referralsByStatus.map((r) => (
            <Text key={r.status} size="sm">
              {t(`figures.status.${r.status}`)} {formatInteger(r.referrals)};
            </Text>
          ))}
        </Group>
      </Stack>
    </SectionCard>
  );
}
