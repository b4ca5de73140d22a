import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { QueryTable } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatDate } from '@/lib/format';
import { useProvincePlan } from '../api/get-province-plan';
import { useIndicators } from '../api/list-indicators';
import { useProvincePlans } from '../api/list-province-plans';
import { useReviewPlan } from '../api/review-plan';
import { PlanView } from './plan-view';
import { planStatusColor } from '../utils/progress-table';

/** The plans the province's facilities submitted for the year, read and acknowledged or returned with a comment. */
export function ProvincePlansSection({ provinceId, year }: { provinceId: string; year: number }) {
  const { t } = useTranslation('targets');
  const plans = useProvincePlans(provinceId, year);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <SectionCard title={t('provincePlans.title', { year })}>
      <QueryTable
        query={plans}
        label={t('provincePlans.title', { year })}
        minWidth={600}
        columns={[t('provincePlans.facility'), t('provincePlans.status'), t('provincePlans.submittedAt'), t('provincePlans.counts')]}
        actionsLabel={t('targets.actions')}
        empty={t('provincePlans.empty')}
        row={(plan) => (
          <Table.Tr key={plan.id}>
            <Table.Td>{plan.facilityName}</Table.Td>
            <Table.Td>
              <Badge color={planStatusColor[plan.status]}>{t(`plans.statuses.${plan.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{plan.submittedAt ? formatDate(plan.submittedAt.slice(0, 10)) : ''}</Table.Td>
            {plan.status === 'Returned' ? (
              // The unit is reworking a returned plan: its content is its own until resubmitted, so only the return is shown.
              <Table.Td colSpan={2}>
                <Text size="sm">{t('provincePlans.awaitingResubmission')}</Text>
                {plan.reviewComment && (
                  <Text size="xs" c="dimmed">
                    {t('provincePlans.returnComment', { comment: plan.reviewComment })}
                  </Text>
                )}
              </Table.Td>
            ) : (
              <>
                <Table.Td>
                  {plan.targets ?? 0} / {plan.activities ?? 0}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setOpen(plan.id)}>
                    {t('provincePlans.view')}
                  </Button>
                </Table.Td>
              </>
            )}
          </Table.Tr>
        )}
      />
      <ReviewModal provinceId={provinceId} planId={open} year={year} onClose={() => setOpen(null)} />
    </SectionCard>
  );
}

function ReviewModal({ provinceId, planId, year, onClose }: { provinceId: string; planId: string | null; year: number; onClose: () => void }) {
  const { t } = useTranslation('targets');
  const plan = useProvincePlan(provinceId, planId);
  const indicators = useIndicators(year);
  const review = useReviewPlan(provinceId);
  const [comment, setComment] = useState('');
  const close = () => {
    review.reset();
    setComment('');
    onClose();
  };
  const decide = (decision: 'Acknowledge' | 'Return') =>
    plan.data && review.mutate({ planId: plan.data.id, decision, comment: comment.trim() || null, version: plan.data.version }, { onSuccess: close });
  return (
    <Modal opened={planId !== null} onClose={close} title={plan.data?.facilityName ?? ''} size="xl">
      {!plan.data || !indicators.data ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <ErrorBanner title={t('provincePlans.failed')} messages={review.isError ? [review.error.message] : []} />
          <PlanView plan={plan.data} indicators={indicators.data} />
          {plan.data.status === 'Submitted' && (
            <>
              <Textarea label={t('provincePlans.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} rows={2} />
              <Group justify="flex-end">
                <Button variant="light" color="orange" loading={review.isPending} onClick={() => decide('Return')}>
                  {t('provincePlans.return')}
                </Button>
                <Button loading={review.isPending} onClick={() => decide('Acknowledge')}>
                  {t('provincePlans.acknowledge')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
