import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { MoneyInput } from '@/components/money-input';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useFundraisingSettings } from '../api/get-settings';
import { useUpdateFundraisingSettings } from '../api/update-settings';
import { asNumber } from '../utils/values';

/** The unit head sets the approval threshold for distributions and the facility's yearly fundraising target. */
export function SettingsModal({ opened, onClose, onSaved }: { opened: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('fundraising');
  const settings = useFundraisingSettings(opened);
  const update = useUpdateFundraisingSettings();
  const form = useForm({ initialValues: { approvalThreshold: '' as number | string, yearlyTarget: '' as number | string } });
  const dialog = useFormDialog({ form, mutation: update, onClose });
  const { setValues } = form;
  const loaded = settings.data;
  useEffect(() => {
    if (loaded) setValues({ approvalThreshold: loaded.approvalThreshold ?? '', yearlyTarget: loaded.yearlyTarget ?? '' });
  }, [loaded, setValues]);
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    update.mutate(
      { approvalThreshold: asNumber(values.approvalThreshold) || null, yearlyTarget: asNumber(values.yearlyTarget) || null, version: loaded?.version ?? null },
      { onSuccess: onSaved, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={opened} title={t('settings.title')} failedTitle={t('settings.failed')} submitLabel={t('settings.submit')} onSubmit={submit}>
      <MoneyInput label={t('settings.threshold')} description={t('settings.thresholdHint')} {...form.getInputProps('approvalThreshold')} />
      <MoneyInput label={t('settings.target')} {...form.getInputProps('yearlyTarget')} />
      <Text size="xs" c="dimmed">{t('settings.note')}</Text>
    </FormModal>
  );
}
