import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/query-table';
import type { Schemas } from '@/lib/api/client';

const visitColor = { Planned: 'blue', Conducted: 'yellow', Closed: 'gray' } as const;
const recommendationColor = { Open: 'blue', InProgress: 'yellow', Done: 'teal', NotFeasible: 'grape' } as const;

export function VisitStatusBadge({ status }: { status: Schemas['VisitStatus'] }) {
  const { t } = useTranslation('supervision');
  // A span: the badge also sits inside the page header's subtitle paragraph.
  return (
    <Badge component="span" color={visitColor[status]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`visitStatus.${status}`)}
    </Badge>
  );
}

/** The recommendation's state: accepted when settled, else its status, with the overdue flag beside it. */
export function RecommendationBadges({ status, accepted, overdue }: { status: Schemas['RecommendationStatus']; accepted?: boolean; overdue: boolean }) {
  const { t } = useTranslation('supervision');
  return (
    <>
      {accepted ? <StatusBadge color="green">{t('accepted')}</StatusBadge> : <StatusBadge color={recommendationColor[status]}>{t(`recommendationStatus.${status}`)}</StatusBadge>}
      {!accepted && (status === 'Done' || status === 'NotFeasible') && <StatusBadge color="orange">{t('awaitingReview')}</StatusBadge>}
      {overdue && (
        <StatusBadge color="red">
          <span data-testid="overdue-flag">{t('overdue')}</span>
        </StatusBadge>
      )}
    </>
  );
}
