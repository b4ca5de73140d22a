import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { MoneyInput } from '@/components/money-input';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateCampaign } from '../api/create-campaign';
import type { CampaignDetail } from '../api/get-campaign';
import { asNumber, emptyToNull } from '../utils/values';
import { DateField } from '@/components/date-field';

type Values = {
  kind: 'Campaign' | 'GeneralFund';
  title: string;
  purpose: string;
  scope: string;
  beneficiaries: string;
  bankAccount: string;
  goodsReceptionPlace: string;
  startDate: string | null;
  endDate: string | null;
  distributionDate: string | null;
  targetAmount: number | string;
};

export function CreateCampaignModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (campaign: CampaignDetail) => void }) {
  const { t } = useTranslation('fundraising');
  const create = useCreateCampaign();
  const form = useForm<Values>({
    initialValues: {
      kind: 'Campaign', title: '', purpose: '', scope: '', beneficiaries: '', bankAccount: '', goodsReceptionPlace: '',
      startDate: todayIso(), endDate: null, distributionDate: null, targetAmount: '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('create.required')),
      purpose: (v) => (v.trim() ? null : t('create.required')),
      startDate: (v) => (v ? null : t('create.required')),
      endDate: (v, values) => (values.kind === 'Campaign' && !v ? t('create.required') : null),
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });

  const submit = (values: Values) => {
    dialog.setErrors([]);
    create.mutate(
      {
        kind: values.kind, title: values.title.trim(), purpose: values.purpose.trim(), scope: emptyToNull(values.scope),
        beneficiaries: emptyToNull(values.beneficiaries), bankAccount: emptyToNull(values.bankAccount),
        goodsReceptionPlace: emptyToNull(values.goodsReceptionPlace), startDate: values.startDate!,
        endDate: values.kind === 'Campaign' ? values.endDate : null, distributionDate: values.distributionDate,
        targetAmount: asNumber(values.targetAmount) || null,
      },
      {
        onSuccess: (campaign) => {
          form.reset();
          onCreated(campaign);
        },
        onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <FormModal dialog={dialog} opened={opened} title={t('create.title')} failedTitle={t('create.failed')} submitLabel={t('create.submit')} onSubmit={form.onSubmit(submit)}>
      <Select
        label={t('create.kind')}
        data={(['Campaign', 'GeneralFund'] as const).map((value) => ({ value, label: t(`kind.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('create.titleField')} required maxLength={300} data-autofocus {...form.getInputProps('title')} />
      <Textarea label={t('create.purpose')} required maxLength={2000} rows={2} {...form.getInputProps('purpose')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('create.scope')} maxLength={1000} {...form.getInputProps('scope')} />
        <TextInput label={t('create.beneficiaries')} maxLength={1000} {...form.getInputProps('beneficiaries')} />
        <TextInput label={t('create.bankAccount')} maxLength={300} {...form.getInputProps('bankAccount')} />
        <TextInput label={t('create.goodsPlace')} maxLength={300} {...form.getInputProps('goodsReceptionPlace')} />
        <DateField clearable={false} label={t('create.startDate')} required {...form.getInputProps('startDate')} />
        {form.values.kind === 'Campaign' && <DateField clearable={false} label={t('create.endDate')} required {...form.getInputProps('endDate')} />}
        <DateField label={t('create.distributionDate')} clearable {...form.getInputProps('distributionDate')} />
        <MoneyInput label={t('create.target')} {...form.getInputProps('targetAmount')} />
      </SimpleGrid>
    </FormModal>
  );
}
