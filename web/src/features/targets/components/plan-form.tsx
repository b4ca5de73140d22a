import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { MoneyInput } from '@/components/money-input';
import { applyProblemToForm } from '@/lib/forms';
import type { Indicator } from '../api/get-province-progress';
import type { PlanFields } from '../api/plan-types';
import { toPlanFields, type PlanFormValues } from '../utils/plan-values';
import { indicatorName } from '../utils/progress-table';
import { TargetValueInput } from './target-value-input';

type PlanFormProps = {
  initial: PlanFormValues;
  indicators: Indicator[];
  saving: boolean;
  /** Saves the plan; rejects with the API's problem, which lands on the fields. */
  onSave: (fields: PlanFields) => Promise<unknown>;
  /** Shown after Save: submitting the saved plan. */
  extraActions?: ReactNode;
};

/** The annual plan's editor: general objectives, targets on indicators or in free text, planned activities with month and budget. */
export function PlanForm({ initial, indicators, saving, onSave, extraActions }: PlanFormProps) {
  const { t, i18n } = useTranslation('targets');
  const form = useForm<PlanFormValues>({
    initialValues: initial,
    validate: {
      targets: { indicatorCode: (v, values, path) => (values.targets[Number(path.split('.')[1])].kind === 'indicator' && !v ? t('table.indicator') : null) },
      activities: { title: (v) => (v.trim() ? null : t('plans.activityTitle')) },
    },
  });
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${t('plans.month')} ${i + 1}` }));
  const unitOf = (code: string | null) => indicators.find((i) => i.code === code)?.unit;

  const [errors, setErrors] = useState<string[]>([]);
  const submit = form.onSubmit(async (values) => {
    setErrors([]);
    try {
      await onSave(toPlanFields(values));
      form.resetDirty();
    } catch (error) {
      setErrors(applyProblemToForm(form, error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('plans.title')}>
      <Stack gap="md">
        <ErrorBanner title={t('plans.failed')} messages={errors} />
        <Textarea label={t('plans.summary')} rows={3} {...form.getInputProps('summary')} />

        <Text fw={600}>{t('plans.targets')}</Text>
        {form.values.targets.map((target, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" data-testid="plan-target">
            {target.kind === 'indicator' ? (
              <>
                <Select
                  label={t('table.indicator')}
                  searchable
                  style={{ flex: 2 }}
                  data={indicators.map((i) => ({ value: i.code, label: indicatorName(i, i18n.language) }))}
                  {...form.getInputProps(`targets.${index}.indicatorCode`)}
                />
                <TargetValueInput label={t('targets.value')} unit={unitOf(target.indicatorCode)} style={{ flex: 1 }} {...form.getInputProps(`targets.${index}.value`)} />
              </>
            ) : (
              <TextInput label={t('plans.targetText')} style={{ flex: 3 }} {...form.getInputProps(`targets.${index}.text`)} />
            )}
            <ActionIcon variant="subtle" color="red" aria-label={t('plans.remove')} onClick={() => form.removeListItem('targets', index)} mb={4}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('targets', { indicatorCode: null, value: '', text: '', kind: 'indicator' })}>
            {t('plans.addTarget')}
          </Button>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('targets', { indicatorCode: null, value: '', text: '', kind: 'text' })}>
            {t('plans.addTextTarget')}
          </Button>
        </Group>

        <Text fw={600}>{t('plans.activities')}</Text>
        {form.values.activities.map((_, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" data-testid="plan-activity">
            <SimpleGrid cols={{ base: 1, md: 5 }} style={{ flex: 1 }}>
              <TextInput label={t('plans.activityTitle')} required {...form.getInputProps(`activities.${index}.title`)} />
              <Select label={t('plans.month')} placeholder={t('plans.allYear')} clearable data={months} {...form.getInputProps(`activities.${index}.month`)} />
              <TextInput label={t('plans.timing')} {...form.getInputProps(`activities.${index}.timing`)} />
              <TextInput label={t('plans.responsible')} {...form.getInputProps(`activities.${index}.responsible`)} />
              <MoneyInput label={t('plans.budget')} {...form.getInputProps(`activities.${index}.budgetVnd`)} />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" aria-label={t('plans.remove')} onClick={() => form.removeListItem('activities', index)} mb={4}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('activities', { title: '', month: null, timing: '', responsible: '', budgetVnd: '' })}>
            {t('plans.addActivity')}
          </Button>
        </Group>
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
