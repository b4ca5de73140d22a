import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FacilityPicker } from '@/components/facility-picker';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateTarget } from '../api/create-target';
import type { FacilityGroup, Indicator } from '../api/get-province-progress';
import { indicatorName } from '../utils/progress-table';
import { TargetValueInput } from './target-value-input';

type Values = { indicatorCode: string | null; scope: 'group' | 'facility'; facilityGroup: FacilityGroup | null; facilityId: string | null; value: number | string };

/** Sets a province target for a year: for a facility group, or one facility (which then overrides its group's). */
export function TargetFormModal({ provinceId, year, indicators, opened, onClose }: { provinceId: string; year: number; indicators: Indicator[]; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('targets');
  const create = useCreateTarget(provinceId);
  const form = useForm<Values>({
    initialValues: { indicatorCode: null, scope: 'group', facilityGroup: null, facilityId: null, value: '' },
    validate: {
      indicatorCode: (v) => (v ? null : t('targets.failed')),
      value: (v) => (v === '' ? t('targets.failed') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  const indicator = indicators.find((i) => i.code === form.values.indicatorCode);

  const submit = (values: Values) => {
    dialog.setErrors([]);
    create.mutate(
      {
        year,
        indicatorCode: values.indicatorCode!,
        facilityGroup: values.scope === 'group' ? (values.facilityGroup ?? undefined) : undefined,
        facilityId: values.scope === 'facility' ? values.facilityId : null,
        value: Number(values.value),
      },
      { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  };

  return (
    <FormModal dialog={dialog} opened={opened} title={t('targets.add')} failedTitle={t('targets.failed')} submitLabel={t('targets.save')} onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Select
          label={t('table.indicator')}
          required
          searchable
          data={indicators.map((i) => ({ value: i.code, label: indicatorName(i, i18n.language) }))}
          {...form.getInputProps('indicatorCode')}
          onChange={(value) => {
            form.setFieldValue('indicatorCode', value);
            form.setFieldValue('facilityGroup', null);
          }}
        />
        {indicator?.nationalTarget != null && (
          <Text size="xs" c="dimmed">
            {t('targets.national', { value: indicator.nationalTarget })}
          </Text>
        )}
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('targets.scope')}
          </Text>
          <SegmentedControl
            data={[
              { value: 'group', label: t('targets.scopeGroup') },
              { value: 'facility', label: t('targets.scopeFacility') },
            ]}
            {...form.getInputProps('scope')}
          />
        </div>
        {form.values.scope === 'group' ? (
          <Select
            label={t('filters.group')}
            required
            data={(indicator?.groups ?? ['Curative', 'Preventive', 'CommuneStation']).map((g) => ({ value: g, label: t(`groups.${g}`) }))}
            {...form.getInputProps('facilityGroup')}
          />
        ) : (
          <FacilityPicker label={t('targets.facility')} required value={form.values.facilityId} onChange={(value) => form.setFieldValue('facilityId', value)} error={form.errors.facilityId} />
        )}
        <TargetValueInput label={t('targets.value')} required unit={indicator?.unit} {...form.getInputProps('value')} />
      </Stack>
    </FormModal>
  );
}
