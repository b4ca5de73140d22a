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
import { useCreatePlan } from '../api/create-plan';
import { usePlan } from '../api/get-plan';
import type { Indicator } from '../api/get-province-progress';
import { useIndicators } from '../api/list-indicators';
import { usePlans } from '../api/list-plans';
import type { Plan } from '../api/plan-types';
import { useSubmitPlan } from '../api/submit-plan';
import { useUpdatePlan } from '../api/update-plan';
import { AreaScreeningCard } from './area-screening-card';
import { FiveYearPathTable } from './five-year-path-table';
import { PlanForm } from './plan-form';
import { planFormValues } from '../utils/plan-values';
import { PlanView } from './plan-view';
import { PlansTabs } from './plans-tabs';
import { planStatusColor } from '../utils/progress-table';

/** The facility's annual social-work plan (kế hoạch hoạt động CTXH hằng năm): drafted by the unit head, submitted to the province. */
export function AnnualPlanPage() {
  const { t } = useTranslation('targets');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const plans = usePlans();
  const indicators = useIndicators(year);
  const existing = plans.data?.find((p) => p.year === year) ?? null;
  const plan = usePlan(existing?.id ?? null);
  const me = useSignedInUser();

  return (
    <Stack gap="lg">
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} />
      <PlansTabs active="annual" />
      <Select
        label={t('plans.year')}
        w={160}
        allowDeselect={false}
        data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
      />
      {plans.isPending || indicators.isPending || (existing && plan.isPending) ? (
        <Loading />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : indicators.isError ? (
        <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : existing && plan.data ? (
        <ExistingPlan key={plan.data.id + plan.data.version} plan={plan.data} />
      ) : (
        <NewPlan key={year} year={year} indicators={indicators.data} />
      )}
      {me.facility?.group === 'CommuneStation' && <AreaScreeningCard year={year} editable={can(me, 'plans.write')} />}
    </Stack>
  );
}

function NewPlan({ year, indicators }: { year: number; indicators: Indicator[] }) {
  const { t } = useTranslation('targets');
  const me = useSignedInUser();
  const create = useCreatePlan();
  if (!can(me, 'plans.write')) return <Text c="dimmed">{t('plans.none')}</Text>;
  return (
    <SectionCard title={t('plans.create', { year })}>
      <PlanForm initial={planFormValues()} indicators={indicators} saving={create.isPending} onSave={(fields) => create.mutateAsync({ ...fields, year })} />
    </SectionCard>
  );
}

function ExistingPlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation('targets');
  const me = useSignedInUser();
  const indicators = useIndicators(plan.year);
  const update = useUpdatePlan();
  const submit = useSubmitPlan();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editable = can(me, 'plans.write') && (plan.status === 'Draft' || plan.status === 'Returned');

  return (
    <SectionCard
      title={
        <Group gap="sm">
          <span>{t('plans.title')} {plan.year}</span>
          <Badge color={planStatusColor[plan.status]} data-testid="plan-status">
            {t(`plans.statuses.${plan.status}`)}
          </Badge>
        </Group>
      }
    >
      <Stack gap="sm">
        <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
        {plan.reviewComment && <Alert color="orange">{t('plans.reviewComment', { comment: plan.reviewComment })}</Alert>}
        {editable && <FiveYearPathTable plan={plan} indicators={indicators.data ?? []} />}
        {editable ? (
          <PlanForm
            initial={planFormValues(plan)}
            indicators={indicators.data ?? []}
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
            <PlanView plan={plan} indicators={indicators.data ?? []} />
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('plans.submit')}>
        <Stack gap="sm">
          <Text>{t('plans.submitConfirm')}</Text>
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
