import { Badge, Button, Group, Modal, Select, Stack, Table, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { QueryTable } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger } from '@/lib/format';
import { useProvinceFiveYearPlan } from '../api/get-province-five-year-plan';
import { useIndicators } from '../api/list-indicators';
import { useProvinceFiveYearPlans } from '../api/list-province-five-year-plans';
import { useReviewFiveYearPlan } from '../api/review-five-year-plan';
import { periodLabel, periodStartOf } from '../utils/five-year-values';
import { planStatusColor } from '../utils/progress-table';
import { FiveYearPlanView } from './five-year-plan-view';

/**
 * The five-year plans the province's facilities submitted for a period, read and acknowledged or returned with a comment.
 * A notification opens the plan it is about (?fiveYearPlan=id).
 */
export function ProvinceFiveYearPlansSection({ provinceId, year }: { provinceId: string; year: number }) {
  const { t } = useTranslation('targets');
  // The period of the year the page looks at; the officer may look at the one before or after.
  const [startYear, setStartYear] = useState(periodStartOf(year));
  const plans = useProvinceFiveYearPlans(provinceId, startYear);
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<string | null>(params.get('fiveYearPlan'));
  const close = () => {
    setOpen(null);
    if (params.has('fiveYearPlan')) {
      params.delete('fiveYearPlan');
      setParams(params, { replace: true });
    }
  };
  const current = periodStartOf(year);
  return (
    <SectionCard title={t('provinceFiveYear.title', { period: periodLabel(startYear) })}>
      <Stack gap="sm">
        <Select
          label={t('fiveYear.period')}
          w={200}
          allowDeselect={false}
          data={[current - 5, current, current + 5].map((y) => ({ value: String(y), label: periodLabel(y) }))}
          value={String(startYear)}
          onChange={(value) => value && setStartYear(Number(value))}
        />
        <QueryTable
          query={plans}
          label={t('provinceFiveYear.title', { period: periodLabel(startYear) })}
          minWidth={600}
          columns={[t('provincePlans.facility'), t('provincePlans.status'), t('provincePlans.submittedAt'), t('provinceFiveYear.targets')]}
          actionsLabel={t('targets.actions')}
          empty={t('provinceFiveYear.empty')}
          row={(plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>{plan.facilityName}</Table.Td>
              <Table.Td>
                <Badge color={planStatusColor[plan.status]}>{t(`plans.statuses.${plan.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{plan.submittedAt ? formatDate(plan.submittedAt.slice(0, 10)) : ''}</Table.Td>
              <Table.Td>{formatInteger(plan.targets)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => setOpen(plan.id)}>
                  {t('provincePlans.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      <ReviewFiveYearModal provinceId={provinceId} planId={open} onClose={close} />
    </SectionCard>
  );
}

function ReviewFiveYearModal({ provinceId, planId, onClose }: { provinceId: string; planId: string | null; onClose: () => void }) {
  const { t } = useTranslation('targets');
  const plan = useProvinceFiveYearPlan(provinceId, planId);
  const indicators = useIndicators(plan.data?.startYear ?? new Date().getFullYear());
  const review = useReviewFiveYearPlan(provinceId);
  const [comment, setComment] = useState('');
  const close = () => {
    review.reset();
    setComment('');
    onClose();
  };
  const decide = (decision: 'Acknowledge' | 'Return') =>
    plan.data && review.mutate({ planId: plan.data.id, decision, comment: comment.trim() || null, version: plan.data.version }, { onSuccess: close });
  const title = plan.data ? `${plan.data.facilityName} · ${t('fiveYear.titleOf', { period: periodLabel(plan.data.startYear) })}` : '';
  return (
    <Modal opened={planId !== null} onClose={close} title={title} size="xl">
      {plan.isError ? (
        <ErrorBanner title={t('provinceFiveYear.notFound')} messages={[plan.error.message]} />
      ) : !plan.data || !indicators.data ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <ErrorBanner title={t('provincePlans.failed')} messages={review.isError ? [review.error.message] : []} />
          <FiveYearPlanView plan={plan.data} indicators={indicators.data} />
          {plan.data.status === 'Submitted' && (
            <>
              <Textarea
                label={t('provincePlans.comment')}
                description={t('provinceFiveYear.commentHint')}
                value={comment}
                maxLength={2000}
                onChange={(e) => setComment(e.currentTarget.value)}
                rows={2}
              />
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
