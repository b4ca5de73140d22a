import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { formatDate } from '@/lib/format';
import { useOpenRecommendations } from '../api/list-open-recommendations';
import { RecommendationBadges } from './status-badges';

/** The facility's recommendations still to carry out, overdue ones flagged: on the supervision screen and the facility home. */
export function OpenRecommendationsCard({ withLink = false }: { withLink?: boolean }) {
  const { t } = useTranslation('supervision');
  const open = useOpenRecommendations();
  const overdue = open.data?.filter((r) => r.overdue).length ?? 0;
  return (
    <SectionCard title={t('openRecommendations.title')} description={t('openRecommendations.description')}>
      {open.isPending && <Loading />}
      {open.isError && <QueryError error={open.error} onRetry={() => void open.refetch()} />}
      {open.data && (
        <Stack gap="xs" data-testid="open-recommendations">
          {overdue > 0 && (
            <Text c="red" fw={600} size="sm">
              {t('openRecommendations.overdueCount', { count: overdue })}
            </Text>
          )}
          {open.data.length === 0 && <Text c="dimmed">{t('openRecommendations.empty')}</Text>}
          {open.data.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Anchor component={Link} to={`/supervision/visits/${r.visitId}`} size="sm">
                  {r.number}. {r.text}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('openRecommendations.due', { date: formatDate(r.dueOn) })}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <RecommendationBadges status={r.status} overdue={r.overdue} />
              </Group>
            </Group>
          ))}
          {withLink && (
            <Anchor component={Link} to="/supervision" size="sm">
              {t('openRecommendations.viewAll')}
            </Anchor>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
