import { Alert, Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { ModalActions } from '@/components/modal-actions';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { useCreateFiveYearPlan } from '../api/create-five-year-plan';
import type { FiveYearPlan } from '../api/five-year-plan-types';
import { useFiveYearPlan } from '../api/get-five-year-plan';
import type { Indicator } from '../api/get-province-progress';
import { useIndicators } from '../api/list-indicators';
import { useFiveYearPlans } from '../api/list-five-year-plans';
import { useSubmitFiveYearPlan } from '../api/submit-five-year-plan';
import { useUpdateFiveYearPlan } from '../api/update-five-year-plan';
import { periodLabel, periodStartOf, toGrid } from '../utils/five-year-values';
import { planStatusColor } from '../utils/progress-table';
import { FiveYearPlanForm, type FiveYearFormValues } from './five-year-plan-form';
import { FiveYearPlanView } from './five-year-plan-view';
import { PlansTabs } from './plans-tabs';

function formValues(indicators: Indicator[], startYear: number, plan?: FiveYearPlan): FiveYearFormValues {
  return {
    generalGoal: plan?.generalGoal ?? '',
    specificObjectives: plan?.specificObjectives ?? '',
    solutions: plan?.solutions ?? '',
    recommendations: plan?.recommendations ?? '',
    grid: toGrid(plan?.targets ?? [], indicators, startYear),
  };
}

/** The facility's five-year plan (kế hoạch triển khai giai đoạn 5 năm): goals and a target per indicator for each year, submitted to the province. */
export function FiveYearPlanPage() {
  const { t } = useTranslation('targets');
  const current = periodStartOf(new Date().getFullYear());
  const [startYear, setStartYear] = useState(current);
  const plans = useFiveYearPlans();
  const me = useSignedInUser();
  // The catalogue of the period's first year: names and units do not change with the year.
  const indicators = useIndicators(startYear);
  const existing = plans.data?.find((p) => p.startYear === startYear) ?? null;
  const plan = useFiveYearPlan(existing?.id ?? null);
  const group = me.facility?.group;
  const applicable = (indicators.data ?? []).filter((i) => !group || i.groups.includes(group));

  return (
    <Stack gap="lg">
      <PageHeader title={t('fiveYear.title')} subtitle={t('fiveYear.subtitle')} />
      <PlansTabs active="fiveYear" />
      <Select
        label={t('fiveYear.period')}
        w={200}
        allowDeselect={false}
        data={[current - 5, current, current + 5].map((y) => ({ value: String(y), label: periodLabel(y) }))}
        value={String(startYear)}
        onChange={(value) => value && setStartYear(Number(value))}
      />
      {plans.isPending || indicators.isPending || (existing && plan.isPending) ? (
        <Loading />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : indicators.isError ? (
        <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : existing && plan.data ? (
        // Kept mounted across a save (the "saved" notice stays), remounted when the status changes (the form gives way to the reading).
        <ExistingFiveYearPlan key={plan.data.id + plan.data.status} plan={plan.data} indicators={applicable} allIndicators={indicators.data} />
      ) : (
        <NewFiveYearPlan key={startYear} startYear={startYear} indicators={applicable} />
      )}
    </Stack>
  );
}

function NewFiveYearPlan({ startYear, indicators }: { startYear: number; indicators: Indicator[] }) {
  const { t } = useTranslation('targets');
  const me = useSignedInUser();
  const create = useCreateFiveYearPlan();
  if (!can(me, 'plans.write')) return <Text c="dimmed">{t('fiveYear.none')}</Text>;
  return (
    <SectionCard title={t('fiveYear.create', { period: periodLabel(startYear) })}>
      <FiveYearPlanForm
        initial={formValues(indicators, startYear)}
        indicators={indicators}
        startYear={startYear}
        saving={create.isPending}
        onSave={(fields) => create.mutateAsync({ ...fields, startYear })}
      />
    </SectionCard>
  );
}

function ExistingFiveYearPlan({ plan, indicators, allIndicators }: { plan: FiveYearPlan; indicators: Indicator[]; allIndicators: Indicator[] }) {
  const { t } = useTranslation('targets');
  const me = useSignedInUser();
  const update = useUpdateFiveYearPlan();
  const submit = useSubmitFiveYearPlan();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editable = can(me, 'plans.write') && (plan.status === 'Draft' || plan.status === 'Returned');

  return (
    <SectionCard
      title={
        <Group gap="sm">
          <span>{t('fiveYear.titleOf', { period: periodLabel(plan.startYear) })}</span>
          <Badge color={planStatusColor[plan.status]} data-testid="five-year-status">
            {t(`plans.statuses.${plan.status}`)}
          </Badge>
        </Group>
      }
    >
      <Stack gap="sm">
        <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
        {plan.reviewComment && <Alert color={plan.status === 'Returned' ? 'orange' : 'teal'}>{t('plans.reviewComment', { comment: plan.reviewComment })}</Alert>}
        {editable ? (
          <FiveYearPlanForm
            initial={formValues(indicators, plan.startYear, plan)}
            indicators={indicators}
            startYear={plan.startYear}
            saving={update.isPending}
            onSave={(fields) => update.mutateAsync({ ...fields, planId: plan.id, version: plan.version }).then(() => setNotice(t('plans.saved')))}
            extraActions={
              <Button variant="light" onClick={() => setConfirming(true)}>
                {t('plans.submit')}
              </Button>
            }
          />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('plans.readOnly')}
            </Text>
            <FiveYearPlanView plan={plan} indicators={allIndicators} withStatus={false} />
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('plans.submit')}>
        <Stack gap="sm">
          <Text>{t('fiveYear.submitConfirm')}</Text>
          {submit.isError && <Alert color="red">{submit.error.message}</Alert>}
          <ModalActions
            onCancel={() => setConfirming(false)}
            confirmLabel={t('plans.submit')}
            loading={submit.isPending}
            onConfirm={() => submit.mutate({ planId: plan.id, version: plan.version }, { onSuccess: () => setConfirming(false) })}
          />
        </Stack>
      </Modal>
    </SectionCard>
  );
}
