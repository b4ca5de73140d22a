import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { CaseDetail } from '../api/get-case';
import { useUpdateCase, type UpdateCaseInput } from '../api/update-case';
import { AssigneeSelect } from './assignee-select';
import { priorities, riskLevels } from './case-options';

type Values = Pick<UpdateCaseInput, 'assignedWorkerId' | 'priority' | 'riskLevel' | 'isSensitive'>;

/** Who works the case, its priority, risk level and sensitive mark. Workers may raise the mark; only the unit head reassigns or clears it. */
export function CaseSettingsModal({ c, supervisor, opened, onClose }: { c: CaseDetail; supervisor: boolean; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('cases');
  const update = useUpdateCase(c.id);
  const form = useForm<Values>({ initialValues: { assignedWorkerId: c.assignedWorkerId, priority: c.priority, riskLevel: c.riskLevel, isSensitive: c.isSensitive } });
  const dialog = useFormDialog({ form, mutation: update, onClose });
  useEffect(() => {
    if (opened) form.setValues({ assignedWorkerId: c.assignedWorkerId, priority: c.priority, riskLevel: c.riskLevel, isSensitive: c.isSensitive });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, c.version]);
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: t(`${group}.${value}`) }));

  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('settings.title')}
      failedTitle={t('settings.failed')}
      submitLabel={t('settings.submit')}
      onSubmit={form.onSubmit((values) => {
        dialog.setErrors([]);
        update.mutate({ ...values, version: c.version }, { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) });
      })}
    >
      <AssigneeSelect disabled={!supervisor} description={supervisor ? undefined : t('settings.onlyHeadReassigns')} {...form.getInputProps('assignedWorkerId')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('open.priority')} data={options(priorities, 'priority')} allowDeselect={false} {...form.getInputProps('priority')} />
        <Select label={t('open.risk')} data={options(riskLevels, 'risk')} allowDeselect={false} {...form.getInputProps('riskLevel')} />
      </SimpleGrid>
      <Checkbox
        label={t('open.sensitive')}
        disabled={c.isSensitive && !supervisor}
        {...form.getInputProps('isSensitive', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
