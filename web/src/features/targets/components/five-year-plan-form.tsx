import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import type { FiveYearPlanFields } from '../api/five-year-plan-types';
import type { Indicator } from '../api/get-province-progress';
import { toTargets, type FiveYearGrid } from '../utils/five-year-values';
import { FiveYearTargetsGrid } from './five-year-targets-grid';

export type FiveYearFormValues = { generalGoal: string; specificObjectives: string; solutions: string; recommendations: string; grid: FiveYearGrid };

type FiveYearPlanFormProps = {
  initial: FiveYearFormValues;
  /** The indicators that apply to the facility's group, in catalogue order. */
  indicators: Indicator[];
  startYear: number;
  saving: boolean;
  /** Saves the plan; rejects with the API's problem, which lands on the fields or above the form. */
  onSave: (fields: FiveYearPlanFields) => Promise<unknown>;
  /** Shown beside Save: submitting the saved plan. */
  extraActions?: ReactNode;
};

/** The five-year plan's editor, in the order of the plan document: general goal, specific objectives with the yearly targets, solutions, recommendations. */
export function FiveYearPlanForm({ initial, indicators, startYear, saving, onSave, extraActions }: FiveYearPlanFormProps) {
  const { t } = useTranslation('targets');
  const form = useForm<FiveYearFormValues>({ initialValues: initial });
  const [errors, setErrors] = useState<string[]>([]);
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const submit = form.onSubmit(async (values) => {
    setErrors([]);
    try {
      await onSave({
        generalGoal: orNull(values.generalGoal),
        specificObjectives: orNull(values.specificObjectives),
        solutions: orNull(values.solutions),
        recommendations: orNull(values.recommendations),
        targets: toTargets(values.grid, indicators.map((i) => i.code)),
      });
      form.resetDirty();
    } catch (error) {
      setErrors(applyProblemToForm(form, error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('fiveYear.title')}>
      <Stack gap="md">
        <ErrorBanner title={t('fiveYear.failed')} messages={errors} />
        <Textarea label={t('fiveYear.generalGoal')} description={t('fiveYear.generalGoalHint')} rows={3} maxLength={4000} {...form.getInputProps('generalGoal')} />
        <Textarea label={t('fiveYear.specificObjectives')} rows={4} maxLength={4000} {...form.getInputProps('specificObjectives')} />
        <div>
          <Text fw={600}>{t('fiveYear.targets')}</Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('fiveYear.targetsHint')}
          </Text>
          <FiveYearTargetsGrid
            indicators={indicators}
            startYear={startYear}
            grid={form.values.grid}
            onChange={(code, year, value) => form.setFieldValue(`grid.${code}.${year}`, value)}
          />
        </div>
        <Textarea label={t('fiveYear.solutions')} rows={4} maxLength={4000} {...form.getInputProps('solutions')} />
        <Textarea label={t('fiveYear.recommendations')} rows={3} maxLength={4000} {...form.getInputProps('recommendations')} />
        <Group justify="flex-end">
          {extraActions}
          <Button type="submit" loading={saving}>
            {t('plans.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
